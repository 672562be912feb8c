package dk.almenmonitor.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.shared.WrittenPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StatusRepository {

    private static final String SELECT = """
            select s.goal_id, r.period, s.status_text, s.delay_reason, s.expected_text, s.expected_from,
                   s.expected_to, s.achievement, s.version, s.updated_by, s.updated_at
            from followup.status s join followup.round r on r.id = s.round_id
            """;

    private final JdbcClient jdbc;

    StatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatusRecord> findByRound(long roundId) {
        return jdbc.sql(SELECT + " where s.round_id = ? order by s.goal_id").param(roundId)
                .query(StatusRepository::map).list();
    }

    Optional<StatusRecord> find(long roundId, long goalId) {
        return jdbc.sql(SELECT + " where s.round_id = ? and s.goal_id = ?").params(roundId, goalId)
                .query(StatusRepository::map).optional();
    }

    /** All statuses of a goal, oldest round first. */
    List<StatusRecord> findByGoal(long goalId) {
        return jdbc.sql(SELECT + " where s.goal_id = ? order by r.period").param(goalId)
                .query(StatusRepository::map).list();
    }

    void insert(long roundId, long goalId, StatusDraft draft, String user, StatusChange.ChangeKind kind) {
        jdbc.sql("""
                insert into followup.status (round_id, goal_id, status_text, delay_reason, expected_text,
                                             expected_from, expected_to, achievement, updated_by, carried_over)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(roundId, goalId, draft.statusText(), draft.delayReason(), draft.expected().text(),
                        draft.expected().from(), draft.expected().to(), name(draft.achievement()), user,
                        kind == StatusChange.ChangeKind.CARRIED_OVER)
                .update();
        recordHistory(roundId, goalId, kind);
    }

    /** Overwrites the status whatever its version (the sheet import, which holds the whole round). */
    void update(long roundId, long goalId, StatusDraft draft, String user) {
        jdbc.sql("""
                update followup.status set status_text = ?, delay_reason = ?, expected_text = ?, expected_from = ?,
                       expected_to = ?, achievement = ?, updated_by = ?, updated_at = now(), version = version + 1,
                       carried_over = false
                where round_id = ? and goal_id = ?
                """)
                .params(draft.statusText(), draft.delayReason(), draft.expected().text(), draft.expected().from(),
                        draft.expected().to(), name(draft.achievement()), user, roundId, goalId)
                .update();
        recordHistory(roundId, goalId, StatusChange.ChangeKind.IMPORTED);
    }

    /**
     * Saves only if the stored version is still {@code expectedVersion}; the row lock taken by the UPDATE makes
     * concurrent saves of the same version queue up, and all but the first find the version moved on.
     *
     * @return whether the save happened
     */
    boolean updateIfVersion(long roundId, long goalId, int expectedVersion, StatusDraft draft, String user) {
        int updated = jdbc.sql("""
                update followup.status set status_text = ?, delay_reason = ?, expected_text = ?, expected_from = ?,
                       expected_to = ?, achievement = ?, updated_by = ?, updated_at = now(), version = version + 1,
                       carried_over = false
                where round_id = ? and goal_id = ? and version = ?
                """)
                .params(draft.statusText(), draft.delayReason(), draft.expected().text(), draft.expected().from(),
                        draft.expected().to(), name(draft.achievement()), user, roundId, goalId, expectedVersion)
                .update();
        if (updated == 1) {
            recordHistory(roundId, goalId, StatusChange.ChangeKind.SAVED);
        }
        return updated == 1;
    }

    List<StatusChange> history(long goalId) {
        return jdbc.sql("""
                select r.period, h.version, h.status_text, h.delay_reason, h.expected_text, h.achievement,
                       h.change_kind, h.changed_by, h.changed_at
                from followup.status_history h join followup.round r on r.id = h.round_id
                where h.goal_id = ? order by r.period desc, h.version desc
                """).param(goalId)
                .query((rs, i) -> new StatusChange(rs.getString("period"), rs.getInt("version"),
                        rs.getString("status_text"), rs.getString("delay_reason"), rs.getString("expected_text"),
                        rs.getString("achievement") == null ? null : Achievement.valueOf(rs.getString("achievement")),
                        StatusChange.ChangeKind.valueOf(rs.getString("change_kind")), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    /** Goal ids whose status in the round is still the carried-over copy (not saved by its owner). */
    java.util.Set<Long> carriedOver(long roundId) {
        return new java.util.HashSet<>(jdbc.sql("select goal_id from followup.status where round_id = ? and carried_over")
                .param(roundId).query(Long.class).list());
    }

    private void recordHistory(long roundId, long goalId, StatusChange.ChangeKind kind) {
        jdbc.sql("""
                insert into followup.status_history (round_id, goal_id, version, status_text, delay_reason,
                                                     expected_text, achievement, change_kind, changed_by, changed_at)
                select round_id, goal_id, version, status_text, delay_reason, expected_text, achievement, ?,
                       updated_by, updated_at
                from followup.status where round_id = ? and goal_id = ?
                """).params(kind.name(), roundId, goalId).update();
    }

    private static String name(Achievement a) {
        return a == null ? null : a.name();
    }

    private static StatusRecord map(ResultSet rs, int row) throws SQLException {
        String achievement = rs.getString("achievement");
        return new StatusRecord(rs.getLong("goal_id"), rs.getString("period"), rs.getString("status_text"),
                rs.getString("delay_reason"),
                new WrittenPeriod(rs.getString("expected_text"), rs.getObject("expected_from", LocalDate.class),
                        rs.getObject("expected_to", LocalDate.class)),
                achievement == null ? null : Achievement.valueOf(achievement), rs.getInt("version"),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
