package dk.almenmonitor.identity;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads audit rows written after a mark, for tests that check what a request put into the audit log. Creating one also
 * clears the anonymous-refusal windows ({@link AuditDenials}).
 */
public final class AuditRows {

    public record Row(String actor, String action, String subject, String details) {
    }

    private final JdbcClient jdbc;
    private final long mark;

    public AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.mark = jdbc.sql("select coalesce(max(id), 0) from audit.audit_event").query(Long.class).single();
        // Tests share 127.0.0.1: start with fresh aggregation windows, so the first refusal of a test is audited in full.
        jdbc.sql("delete from identity.audit_denial_window").update();
    }

    public List<Row> since(String action) {
        return jdbc.sql("select actor, action, subject, details::text from audit.audit_event where id > ? and action = ? order by id")
                .params(List.of(mark, action))
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
