package dk.almenmonitor.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.shared.Precision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TargetRepository {

    private static final String SELECT = """
            select id, goal_id, indicator_code, dimension, kind, mode, value, tolerance, precision, period_text,
                   period_from, period_to, count_from, baseline_period, baseline_value, valid_from, set_by, set_at
            from indicator.target_version
            """;

    /** The versions of one goal, oldest first: by the time they took effect, then by when they were stored. */
    private static final String ORDER = " order by valid_from, id";

    /**
     * One version of a goal's target (docs/domain.md §4): the target, when it took effect, who set it and when it was
     * stored.
     */
    record Version(long id, TargetView target, OffsetDateTime validFrom, String setBy, OffsetDateTime setAt) {
    }

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The goal's current target: its latest version. */
    Optional<TargetView> findByGoal(long goalId) {
        List<Version> versions = versions(goalId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1).target());
    }

    /**
     * The goal's target in force on the date (Danish time): the latest version that took effect by the end of that
     * day; before the first version took effect, the first version (a goal's first target judges back to the start).
     */
    Optional<TargetView> findInForce(long goalId, LocalDate asOf) {
        return inForce(versions(goalId), asOf).map(Version::target);
    }

    static Optional<Version> inForce(List<Version> oldestFirst, LocalDate asOf) {
        if (oldestFirst.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime endOfDay = asOf.plusDays(1).atStartOfDay(IndicatorEvaluations.DENMARK).toOffsetDateTime();
        Version found = oldestFirst.get(0);
        for (Version v : oldestFirst) {
            if (v.validFrom().isBefore(endOfDay)) {
                found = v;
            }
        }
        return Optional.of(found);
    }

    /** Every version of the goal's target, oldest first; empty without a target. */
    List<Version> versions(long goalId) {
        return jdbc.sql(SELECT + " where goal_id = ?" + ORDER).param(goalId).query(TargetRepository::map).list();
    }

    /**
     * Inserts the goal's first target, valid from {@code validFrom}, unless the goal has a target; true when inserted.
     * Also links the goal to the indicator. For the seed: idempotent.
     */
    boolean insertIfAbsent(TargetView t, OffsetDateTime validFrom) {
        link(t.goalId(), t.indicator());
        Long existing = jdbc.sql("select count(*) from indicator.target_version where goal_id = ?").param(t.goalId())
                .query(Long.class).single();
        if (existing > 0) {
            return false;
        }
        insert(t, validFrom, "system");
        return true;
    }

    /** Lock space of the targets (the first key of PostgreSQL's two-key advisory locks). */
    private static final int TARGET_LOCKS = 7302;

    /** Serialises the target writes of one goal until the transaction ends. */
    void lockGoal(long goalId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").param(TARGET_LOCKS).param(Math.toIntExact(goalId))
                .query((rs, n) -> 1).list();
    }

    /** Adds a version of the goal's target, taking effect now; links the goal to the indicator. Returns its id. */
    long addVersion(TargetView t, String setBy) {
        link(t.goalId(), t.indicator());
        return insert(t, null, setBy);
    }

    private long insert(TargetView t, OffsetDateTime validFrom, String setBy) {
        return jdbc.sql("""
                insert into indicator.target_version (goal_id, indicator_code, dimension, kind, mode, value, tolerance,
                                              precision, period_text, period_from, period_to, count_from,
                                              baseline_period, baseline_value, valid_from, set_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, now()), ?) returning id
                """)
                .params(t.goalId(), t.indicator(), t.dimension(), t.kind().name(), t.mode().name(), t.value(),
                        t.tolerance(), t.precision().name(), t.periodText(), t.periodFrom(), t.periodTo(),
                        t.countFrom(), t.baselinePeriod(), t.baselineValue(), validFrom, setBy)
                .query(Long.class).single();
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
                left join (select distinct on (goal_id) goal_id, indicator_code from indicator.target_version
                           order by goal_id, valid_from desc, id desc) t on t.goal_id = gi.goal_id and t.indicator_code = gi.indicator_code
                where gi.goal_id = ? order by (t.goal_id is null), gi.indicator_code
                """).param(goalId).query(String.class).list();
    }

    /** The goals linked to the indicator: those whose target is on it first, then by goal id. */
    List<Long> goalsOf(String indicatorCode) {
        return jdbc.sql("""
                select gi.goal_id from indicator.goal_indicator gi
                left join (select distinct on (goal_id) goal_id, indicator_code from indicator.target_version
                           order by goal_id, valid_from desc, id desc) t on t.goal_id = gi.goal_id and t.indicator_code = gi.indicator_code
                where gi.indicator_code = ? order by (t.goal_id is null), gi.goal_id
                """).param(indicatorCode).query(Long.class).list();
    }

    /** Every goal id with at least one linked indicator. */
    List<Long> linkedGoals() {
        return jdbc.sql("select distinct goal_id from indicator.goal_indicator order by goal_id").query(Long.class).list();
    }

    private static Version map(ResultSet rs, int row) throws SQLException {
        return new Version(rs.getLong("id"), new TargetView(rs.getLong("goal_id"), rs.getString("indicator_code"), rs.getString("dimension"),
                TargetKind.valueOf(rs.getString("kind")), TargetMode.valueOf(rs.getString("mode")),
                rs.getBigDecimal("value"), rs.getBigDecimal("tolerance"), Precision.valueOf(rs.getString("precision")),
                rs.getString("period_text"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getObject("count_from", LocalDate.class),
                rs.getString("baseline_period"), rs.getBigDecimal("baseline_value")),
                rs.getObject("valid_from", OffsetDateTime.class), rs.getString("set_by"),
                rs.getObject("set_at", OffsetDateTime.class));
    }
}
