package dk.almenmonitor.shared;

import java.time.Instant;
import java.util.Map;

/**
 * Something worth keeping in the audit log, published by any module as an application event: who did what to
 * which subject, when (UTC), with small details (before/after values, reasons). The audit module stores every one.
 *
 * @param actor   the username, or "system" / "anonymous"
 * @param action  a stable code such as {@code LOGIN_SUCCEEDED}, {@code STATUS_SAVED}, {@code ROUND_STATE_CHANGED}
 * @param subject what was acted on, e.g. {@code kk-bl1-2015-2018/2017-Q2/goal/12}
 */
public record AuditEvent(String actor, String action, String subject, Map<String, String> details, Instant at) {

    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
        at = at == null ? Instant.now() : at;
    }

    public static AuditEvent of(String actor, String action, String subject, Map<String, String> details) {
        return new AuditEvent(actor, action, subject, details, Instant.now());
    }
}
