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

    void insert(long roundId, long goalId, StatusDraft draft, String user) {
        jdbc.sql("""
                insert into followup.status (round_id, goal_id, status_text, delay_reason, expected_text,
                                             expected_from, expected_to, achievement, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(roundId, goalId, draft.statusText(), draft.delayReason(), draft.expected().text(),
                        draft.expected().from(), draft.expected().to(), name(draft.achievement()), user)
                .update();
    }

    void update(long roundId, long goalId, StatusDraft draft, String user) {
        jdbc.sql("""
                update followup.status set status_text = ?, delay_reason = ?, expected_text = ?, expected_from = ?,
                       expected_to = ?, achievement = ?, updated_by = ?, updated_at = now(), version = version + 1
                where round_id = ? and goal_id = ?
                """)
                .params(draft.statusText(), draft.delayReason(), draft.expected().text(), draft.expected().from(),
                        draft.expected().to(), name(draft.achievement()), user, roundId, goalId)
                .update();
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
