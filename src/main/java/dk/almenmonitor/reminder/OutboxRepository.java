package dk.almenmonitor.reminder;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox (schema {@code reminder}). A mail's state: PENDING (recorded, not yet sent, or its last attempt failed),
 * SENDING (claimed by one dispatcher; a mail left here was perhaps sent and is never tried again), SMTP (sent) or
 * OUTBOX (kept here only: no mail server).
 */
@Repository
class OutboxRepository {

    /** The longest failure reason kept (the mail server's answer can be long). */
    private static final int MAX_ERROR_LENGTH = 1_000;

    record PendingMail(long id, String recipient, String subject, String body) {
    }

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addPending(String recipient, String subject, String body) {
        jdbc.sql("insert into reminder.outbox (recipient, subject, body, state) values (?, ?, ?, 'PENDING')")
                .params(recipient, subject, body).update();
    }

    /**
     * Claims the oldest pending mail after {@code afterId} for the caller alone: one statement moves it to SENDING, and
     * a row another dispatcher holds or has claimed is skipped, so two instances or two runs never both send it.
     */
    Optional<PendingMail> claimNext(long afterId) {
        return jdbc.sql("""
                update reminder.outbox set state = 'SENDING', attempts = attempts + 1
                 where id = (select id from reminder.outbox where state = 'PENDING' and id > ?
                              order by id limit 1 for update skip locked)
                   and state = 'PENDING'
                returning id, recipient, subject, body
                """).param(afterId)
                .query((rs, i) -> new PendingMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Marks a claimed mail delivered (SMTP or OUTBOX). */
    void markDelivered(long id, String state) {
        jdbc.sql("update reminder.outbox set state = ?, sent_at = now(), last_error = null where id = ? and state = 'SENDING'")
                .params(state, id).update();
    }

    /** Puts a claimed mail whose sending failed back to PENDING, for the next run. */
    void release(long id, String error) {
        String reason = error == null ? "" : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        jdbc.sql("update reminder.outbox set state = 'PENDING', last_error = ? where id = ? and state = 'SENDING'")
                .params(reason, id).update();
    }

    List<OutboxMail> latest(int limit) {
        return jdbc.sql("""
                select recipient, subject, body, state, created_at, attempts from reminder.outbox order by id desc limit ?
                """).param(limit)
                .query((rs, i) -> new OutboxMail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getInt(6)))
                .list();
    }
}
