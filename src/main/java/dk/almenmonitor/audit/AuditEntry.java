package dk.almenmonitor.audit;

import java.time.Instant;
import java.util.Map;

/** One stored audit row; {@code at} is when it happened, in UTC. */
record AuditEntry(long id, Instant at, String actor, String action, String subject, Map<String, String> details) {
}
