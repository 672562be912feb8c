package dk.almenmonitor.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoundRepository {

    private static final String SELECT = """
            select r.id, r.agreement_id, r.period, r.due_date, r.state,
                   (select count(*) from followup.status s where s.round_id = r.id) as statuses
            from followup.round r
            """;

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rounds of an agreement, oldest first (periods sort as text: 2016-Q4 < 2017-Q1). */
    List<RoundView> findByAgreement(String agreementId) {
        return jdbc.sql(SELECT + " where r.agreement_id = ? order by r.period").param(agreementId)
                .query(RoundRepository::map).list();
    }

    /** Open rounds whose due date falls within [from, to] (the reminder window). */
    List<RoundView> findOpenDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where r.state = 'OPEN' and r.due_date between ? and ? order by r.agreement_id, r.period")
                .params(from, to).query(RoundRepository::map).list();
    }

    Optional<RoundView> find(String agreementId, String period) {
        return jdbc.sql(SELECT + " where r.agreement_id = ? and r.period = ?").params(agreementId, period)
                .query(RoundRepository::map).optional();
    }

    /** Creates the round if missing; returns its id either way. */
    long insertIfMissing(String agreementId, String period, LocalDate dueDate, RoundState state) {
        jdbc.sql("""
                insert into followup.round (agreement_id, period, due_date, state) values (?, ?, ?, ?)
                on conflict (agreement_id, period) do nothing
                """).params(agreementId, period, dueDate, state.name()).update();
        return jdbc.sql("select id from followup.round where agreement_id = ? and period = ?")
                .params(agreementId, period).query(Long.class).single();
    }

    /**
     * Inserts an open round with its first state change; empty when the agreement already has a round for the period
     * (also when another transaction has just inserted it: the unique key makes this one wait, then do nothing).
     */
    Optional<Long> insertOpen(String agreementId, String period, LocalDate dueDate, String user) {
        Optional<Long> id = jdbc.sql("""
                insert into followup.round (agreement_id, period, due_date, state, opened_by, state_changed_at,
                                            state_changed_by)
                values (?, ?, ?, 'OPEN', ?, now(), ?)
                on conflict (agreement_id, period) do nothing returning id
                """).params(agreementId, period, dueDate, user, user).query(Long.class).optional();
        id.ifPresent(roundId -> jdbc.sql("""
                insert into followup.round_state_change (round_id, from_state, to_state, changed_by)
                values (?, null, 'OPEN', ?)""").params(roundId, user).update());
        return id;
    }

    /** Moves the round from one state to another only if it is still in {@code from} (two admins clicking at once). */
    boolean changeState(long roundId, RoundState from, RoundState to, String reason, String user) {
        int updated = jdbc.sql("""
                update followup.round set state = ?, state_changed_at = now(), state_changed_by = ?
                where id = ? and state = ?
                """).params(to.name(), user, roundId, from.name()).update();
        if (updated == 1) {
            jdbc.sql("""
                    insert into followup.round_state_change (round_id, from_state, to_state, reason, changed_by)
                    values (?, ?, ?, ?, ?)
                    """).params(roundId, from.name(), to.name(), reason, user).update();
        }
        return updated == 1;
    }

    List<StateChange> stateChanges(long roundId) {
        return jdbc.sql("""
                select from_state, to_state, reason, changed_by, changed_at from followup.round_state_change
                where round_id = ? order by changed_at desc, id desc
                """).param(roundId)
                .query((rs, i) -> new StateChange(rs.getString("from_state") == null ? null
                        : RoundState.valueOf(rs.getString("from_state")), RoundState.valueOf(rs.getString("to_state")),
                        rs.getString("reason"), rs.getString("changed_by"),
                        rs.getObject("changed_at", java.time.OffsetDateTime.class)))
                .list();
    }

    /**
     * A digest of what the documents of a round read from this schema, with the round's state: the round and every
     * earlier round of the agreement (which one comes before decides the "previous quarter" columns), whole rows, and
     * the statuses of the round and of the two rounds before it by count, highest id, sum of versions and latest
     * change. Those never come back to earlier values: every write of a status adds one to its version, a new status
     * gets a higher id than any before, and a removal without one lowers the count; so the texts need not be read.
     * Any change, a reopening or a re-approval changes it (state_changed_at only moves forward). Empty when there is
     * no such round.
     */
    Optional<String[]> documentDigest(String agreementId, String period) {
        return jdbc.sql("""
                with target as (select id, period, state from followup.round where agreement_id = ? and period = ?),
                     rounds as (select r.* from followup.round r, target t
                                where r.agreement_id = ? and r.period <= t.period),
                     near as (select id from rounds order by period desc limit 3)
                select t.state,
                       md5(coalesce((select string_agg(r::text, ';' order by r.period) from rounds r), '')
                           || '#' || (select concat_ws('/', count(*), max(s.id), sum(s.version), max(s.updated_at))
                                      from followup.status s where s.round_id in (select id from near)))
                           as digest
                from target t
                """).params(agreementId, period, agreementId)
                .query((rs, i) -> new String[] {rs.getString("state"), rs.getString("digest")}).optional();
    }

    /** Locks the round row for the rest of the transaction, so a save and a state change cannot interleave. */
    Optional<RoundState> lockState(long roundId) {
        return jdbc.sql("select state from followup.round where id = ? for share").param(roundId)
                .query(String.class).optional().map(RoundState::valueOf);
    }

    private static RoundView map(ResultSet rs, int row) throws SQLException {
        return new RoundView(rs.getLong("id"), rs.getString("agreement_id"), rs.getString("period"),
                rs.getObject("due_date", LocalDate.class), RoundState.valueOf(rs.getString("state")),
                rs.getInt("statuses"));
    }
}
