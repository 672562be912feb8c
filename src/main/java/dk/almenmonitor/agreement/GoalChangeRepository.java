package dk.almenmonitor.agreement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-field edit history of goals (table {@code agreement.goal_change}); rows are only ever added. */
@Repository
class GoalChangeRepository {

    private final JdbcClient jdbc;

    GoalChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long goalId, int version, GoalChangeAction action, String field, String before, String after, String by) {
        jdbc.sql("""
                insert into agreement.goal_change (goal_id, version, action, field, before, after, changed_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(goalId, version, action.name(), field, before, after, by).update();
    }

    /** Newest first. */
    List<GoalChangeView> findByGoal(long goalId) {
        return jdbc.sql("""
                select version, action, field, before, after, changed_by, changed_at from agreement.goal_change
                where goal_id = ? order by id desc
                """).param(goalId)
                .query((rs, i) -> new GoalChangeView(rs.getInt("version"), GoalChangeAction.valueOf(rs.getString("action")),
                        rs.getString("field"), rs.getString("before"), rs.getString("after"), rs.getString("changed_by"),
                        instant(rs.getObject("changed_at", OffsetDateTime.class))))
                .list();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
