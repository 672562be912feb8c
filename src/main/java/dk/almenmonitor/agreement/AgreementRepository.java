package dk.almenmonitor.agreement;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgreementRepository {

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgreementView> findAll() {
        return jdbc.sql("select id, name, parties, valid_from, valid_to from agreement.agreement order by valid_from desc, id")
                .query((rs, i) -> new AgreementView(rs.getString("id"), rs.getString("name"),
                        strings(rs.getArray("parties")), rs.getObject("valid_from", java.time.LocalDate.class),
                        rs.getObject("valid_to", java.time.LocalDate.class), themes(rs.getString("id"))))
                .list();
    }

    Optional<AgreementView> findById(String id) {
        return findAll().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from agreement.agreement where id = ?").param(id).query(Integer.class).single() > 0;
    }

    /**
     * A digest of the agreement's rows: the agreement, its themes and the goals' owners whole; the goals by count,
     * highest id, sum of versions, latest change and their display order. Every edit and retirement of a goal adds one
     * to its version (a related-goal link moves updated_at), a new goal gets a higher id, a reordering changes the
     * order: so the goals' texts need not be read. Empty when there is no such agreement.
     */
    Optional<String> contentDigest(String agreementId) {
        return jdbc.sql("""
                select md5(a::text
                           || '#' || coalesce((select string_agg(t::text, ';' order by t.number)
                                               from agreement.theme t where t.agreement_id = a.id), '')
                           || '#' || (select concat_ws('/', count(*), max(g.id), sum(g.version), max(g.updated_at),
                                                       string_agg(g.id::text, ',' order by g.display_order, g.id))
                                      from agreement.goal g where g.agreement_id = a.id)
                           || '#' || coalesce((select string_agg(o::text, ';' order by o.goal_id, o.position, o.organisation_code)
                                               from agreement.goal_owner o join agreement.goal g on g.id = o.goal_id
                                               where g.agreement_id = a.id), ''))
                from agreement.agreement a where a.id = ?
                """).param(agreementId).query(String.class).optional();
    }

    /** Inserts the agreement, or fills in what an existing one lacks; never overwrites edited names. */
    UpsertOutcome insertIfMissing(AgreementDraft draft) {
        int inserted = jdbc.sql("""
                insert into agreement.agreement (id, name, parties, valid_from, valid_to)
                values (:id, :name, :parties, :from, :to)
                on conflict (id) do nothing
                """)
                .param("id", draft.id()).param("name", draft.name())
                .param("parties", draft.parties().toArray(String[]::new))
                .param("from", draft.validFrom()).param("to", draft.validTo())
                .update();
        return inserted == 1 ? UpsertOutcome.CREATED : UpsertOutcome.UNCHANGED;
    }

    void insertThemeIfMissing(String agreementId, int number, String name) {
        jdbc.sql("""
                insert into agreement.theme (agreement_id, number, name) values (?, ?, ?)
                on conflict (agreement_id, number) do nothing
                """).params(agreementId, number, name).update();
    }

    List<ThemeView> themes(String agreementId) {
        return jdbc.sql("select number, name from agreement.theme where agreement_id = ? order by number")
                .param(agreementId)
                .query((rs, i) -> new ThemeView(rs.getInt("number"), rs.getString("name")))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
