package dk.almenmonitor.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code identity.audit_denial_window}: per address and kind, the current window and what it suppressed. */
@Repository
class AuditDenialRepository {

    /** A window that has passed: how many refusals it counted beyond the first, which was audited. */
    record ClosedWindow(String address, String kind, Instant windowStart, int suppressed, String lastSubject) {
    }

    private final JdbcClient jdbc;

    AuditDenialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts a refusal into the address's window (opening one when there is none) and answers how many refusals the
     * window held before this one: 0 means this is the first and is to be audited.
     */
    int count(String address, String kind, String subject, Instant now) {
        return jdbc.sql("""
                        insert into identity.audit_denial_window as w (address, kind, window_start, suppressed, last_subject)
                        values (?, ?, ?, 0, ?)
                        on conflict (address, kind) do update
                           set suppressed = w.suppressed + 1, last_subject = excluded.last_subject
                        returning suppressed
                        """)
                .param(address).param(kind).param(Timestamp.from(now)).param(subject)
                .query(Integer.class).single();
    }

    /**
     * Removes every window that started before {@code before} and returns them. A row is deleted by one statement only,
     * so with several instances each closed window is reported exactly once.
     */
    List<ClosedWindow> closeBefore(Instant before) {
        return jdbc.sql("""
                        delete from identity.audit_denial_window where window_start < ?
                        returning address, kind, window_start, suppressed, last_subject
                        """)
                .param(Timestamp.from(before))
                .query((rs, n) -> new ClosedWindow(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getString(5)))
                .list();
    }
}
