package dk.almenmonitor.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.shared.Precision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TargetRepository {

    private static final String SELECT = """
            select goal_id, indicator_code, dimension, kind, mode, value, tolerance, precision, period_text,
                   period_from, period_to, count_from, baseline_period, baseline_value
            from indicator.target
            """;

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TargetView> findByGoal(long goalId) {
        return jdbc.sql(SELECT + " where goal_id = ?").param(goalId).query(TargetRepository::map).optional();
    }

    List<TargetView> findAll() {
        return jdbc.sql(SELECT + " order by goal_id").query(TargetRepository::map).list();
    }

    /** When the goal's target was set (stored); empty without a target. */
    Optional<java.time.OffsetDateTime> setAt(long goalId) {
        return jdbc.sql("select created_at from indicator.target where goal_id = ?").param(goalId)
                .query(java.time.OffsetDateTime.class).optional();
    }

    /** Inserts the goal's target unless it has one; true when inserted. Also links the goal to the indicator. */
    boolean insertIfAbsent(TargetView t) {
        link(t.goalId(), t.indicator());
        return jdbc.sql("""
                insert into indicator.target (goal_id, indicator_code, dimension, kind, mode, value, tolerance,
                                              precision, period_text, period_from, period_to, count_from,
                                              baseline_period, baseline_value)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (goal_id) do nothing
                """)
                .params(t.goalId(), t.indicator(), t.dimension(), t.kind().name(), t.mode().name(), t.value(),
                        t.tolerance(), t.precision().name(), t.periodText(), t.periodFrom(), t.periodTo(),
                        t.countFrom(), t.baselinePeriod(), t.baselineValue())
                .update() == 1;
    }

    void link(long goalId, String indicator) {
        jdbc.sql("""
                insert into indicator.goal_indicator (goal_id, indicator_code) values (?, ?)
                on conflict do nothing
                """).params(goalId, indicator).update();
    }

    /** The indicators linked to a goal, the target's first. */
    List<String> indicatorsOf(long goalId) {
        return jdbc.sql("""
                select gi.indicator_code from indicator.goal_indicator gi
                left join indicator.target t on t.goal_id = gi.goal_id and t.indicator_code = gi.indicator_code
                where gi.goal_id = ? order by (t.goal_id is null), gi.indicator_code
                """).param(goalId).query(String.class).list();
    }

    /** The goals linked to the indicator: those whose target is on it first, then by goal id. */
    List<Long> goalsOf(String indicatorCode) {
        return jdbc.sql("""
                select gi.goal_id from indicator.goal_indicator gi
                left join indicator.target t on t.goal_id = gi.goal_id and t.indicator_code = gi.indicator_code
                where gi.indicator_code = ? order by (t.goal_id is null), gi.goal_id
                """).param(indicatorCode).query(Long.class).list();
    }

    /** Every goal id with at least one linked indicator. */
    List<Long> linkedGoals() {
        return jdbc.sql("select distinct goal_id from indicator.goal_indicator order by goal_id").query(Long.class).list();
    }

    private static TargetView map(ResultSet rs, int row) throws SQLException {
        return new TargetView(rs.getLong("goal_id"), rs.getString("indicator_code"), rs.getString("dimension"),
                TargetKind.valueOf(rs.getString("kind")), TargetMode.valueOf(rs.getString("mode")),
                rs.getBigDecimal("value"), rs.getBigDecimal("tolerance"), Precision.valueOf(rs.getString("precision")),
                rs.getString("period_text"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getObject("count_from", LocalDate.class),
                rs.getString("baseline_period"), rs.getBigDecimal("baseline_value"));
    }
}
