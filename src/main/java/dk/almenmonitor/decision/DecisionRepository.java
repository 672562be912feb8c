package dk.almenmonitor.decision;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

    /** A stored decision before its forum gets its Danish name. */
    record Row(long id, LocalDate date, Forum forum, String text, @Nullable String reference, List<Long> goalIds,
               String recordedBy, OffsetDateTime recordedAt) {
    }

    private static final String SELECT = """
            select d.id, d.decided_on, d.forum, d.text, d.reference, d.recorded_by, d.recorded_at,
                   array(select g.goal_id from decision.decision_goal g where g.decision_id = d.id order by g.goal_id) goals
            from decision.decision d
            """;
    private static final String ORDER = " order by d.decided_on, d.id";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(LocalDate date, Forum forum, String text, @Nullable String reference, Collection<Long> goalIds,
                @Nullable String seedKey, String recordedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into decision.decision (decided_on, forum, text, reference, seed_key, recorded_by)
                values (?, ?, ?, ?, ?, ?)
                """).params(date, forum.name(), text, reference, seedKey, recordedBy).update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (long goalId : goalIds) {
            jdbc.sql("insert into decision.decision_goal (decision_id, goal_id) values (?, ?) on conflict do nothing")
                    .params(id, goalId).update();
        }
        return id;
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query(DecisionRepository::map).optional();
    }

    /** The goal's decisions, oldest first. */
    List<Row> findByGoal(long goalId) {
        return jdbc.sql(SELECT + " where exists (select 1 from decision.decision_goal g where g.decision_id = d.id"
                + " and g.goal_id = ?)" + ORDER).param(goalId).query(DecisionRepository::map).list();
    }

    /** Every decision dated from {@code from} to {@code to}, both included, oldest first. */
    List<Row> findBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where d.decided_on between ? and ?" + ORDER).params(from, to)
                .query(DecisionRepository::map).list();
    }

    boolean seedExists(String seedKey) {
        return jdbc.sql("select count(*) from decision.decision where seed_key = ?").param(seedKey)
                .query(Long.class).single() > 0;
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        Array goals = rs.getArray("goals");
        List<Long> goalIds = Arrays.stream((Object[]) goals.getArray()).map(g -> ((Number) g).longValue()).toList();
        return new Row(rs.getLong("id"), rs.getObject("decided_on", LocalDate.class), Forum.valueOf(rs.getString("forum")),
                rs.getString("text"), rs.getString("reference"), goalIds, rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
