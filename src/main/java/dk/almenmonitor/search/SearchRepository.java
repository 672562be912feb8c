package dk.almenmonitor.search;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The search index (schema {@code search}): replaced as a whole, matched in Danish, ranked and highlighted. */
@Repository
class SearchRepository {

    /** A matched row with its rank and its highlighted text (still with the markers of {@link Highlight}). */
    record Match(HitKind kind, String agreementId, long goalId, @Nullable String period, @Nullable Long decisionId,
                 @Nullable LocalDate decidedOn, String heading, double rank, String headline) {
    }

    private static final String QUERY = "websearch_to_tsquery('danish', ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SearchRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Nullable
    String fingerprint() {
        return jdbc.sql("select fingerprint from search.index_state where id = 1").query(String.class).optional()
                .orElse(null);
    }

    /** The fingerprint under a row lock: concurrent rebuilds (threads or instances) take turns. */
    @Nullable
    String lockedFingerprint() {
        return jdbc.sql("select fingerprint from search.index_state where id = 1 for update").query(String.class)
                .optional().orElse(null);
    }

    /** Replaces the whole index by these documents (call within a transaction holding {@link #lockedFingerprint}). */
    void replace(List<SearchDocument> documents, String fingerprint) {
        jdbc.sql("delete from search.document").update();
        template.batchUpdate("""
                insert into search.document (kind, agreement_id, goal_id, period, decision_id, decided_on, sort_order,
                                             heading, title, body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", documents, 500, (ps, d) -> {
            ps.setString(1, d.kind().name());
            ps.setString(2, d.agreementId());
            ps.setLong(3, d.goalId());
            ps.setString(4, d.period());
            ps.setObject(5, d.decisionId());
            ps.setObject(6, d.decidedOn() == null ? null : Date.valueOf(d.decidedOn()));
            ps.setInt(7, d.sortOrder());
            ps.setString(8, d.heading());
            ps.setString(9, d.title());
            ps.setString(10, d.body());
        });
        jdbc.sql("update search.index_state set fingerprint = ?, built_at = now() where id = 1").param(fingerprint).update();
    }

    /** How many documents match the query (websearch syntax: words, "a phrase", or, -word). */
    long count(String query) {
        return jdbc.sql("select count(*) from search.document where document @@ " + QUERY).param(query)
                .query(Long.class).single();
    }

    /**
     * One page of matches, best first (the passage from the body when the words are there, else from the title): by {@code ts_rank} (a goal's title weighs more than any body text), then by
     * agreement, the goal's place in it, round (newest first) and kind. Only the page's rows are highlighted.
     */
    List<Match> page(String query, int limit, int offset) {
        return jdbc.sql("""
                with hits as (
                    select d.*, ts_rank(d.document, q.query) as rank, q.query
                      from search.document d, (select %s as query) q
                     where d.document @@ q.query
                     order by rank desc, d.agreement_id, d.sort_order, d.period desc nulls first, d.kind, d.id
                     limit ? offset ?)
                select kind, agreement_id, goal_id, period, decision_id, decided_on, heading, rank,
                       ts_headline('danish', translate(case when title = '' or to_tsvector('danish', body) @@ query then body
                                             else title end, '<>', ?),
                                   query, ?)
                           as headline
                  from hits
                 order by rank desc, agreement_id, sort_order, period desc nulls first, kind, id""".formatted(QUERY))
                .params(query, limit, offset, Highlight.ANGLES, Highlight.OPTIONS)
                .query((rs, n) -> new Match(HitKind.valueOf(rs.getString("kind")), rs.getString("agreement_id"),
                        rs.getLong("goal_id"), rs.getString("period"), (Long) rs.getObject("decision_id", Long.class),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("heading"), rs.getDouble("rank"),
                        rs.getString("headline")))
                .list();
    }
}
