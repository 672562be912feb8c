package dk.almenmonitor.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dk.almenmonitor.shared.AuditEvent;

/**
 * Bounds what anonymous callers can write into the append-only audit log (issue 9, finding 6). Per client address and
 * kind of refusal, the first refusal in a window of {@code almen.security.audit.denial-window} (10 min) is audited as
 * usual; the rest of that window only count in {@code identity.audit_denial_window}. When the window has passed, one
 * {@value #AGGREGATED} row records how many were left out (with the window's start and the last path). The counter is in
 * the database, so it holds across instances; a closed window is reported by whichever instance removes it first.
 */
@Component
class AuditDenials {

    static final String AGGREGATED = "SECURITY_REFUSALS_AGGREGATED";

    private final AuditDenialRepository repository;
    private final ApplicationEventPublisher events;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();

    AuditDenials(AuditDenialRepository repository, ApplicationEventPublisher events,
                 @Value("${almen.security.audit.denial-window:10m}") Duration window) {
        this.repository = repository;
        this.events = events;
        this.window = window;
    }

    /** Counts one refusal; true when it is the first in its window and is to be audited in full. */
    boolean firstInWindow(String address, String kind, String subject) {
        Instant now = clock.instant();
        closeWindows(now);
        return repository.count(SecurityAudit.bounded(address, 64), kind, subject, now) == 0;
    }

    /** Reports the windows that have passed, also when no further refusal arrives to notice it. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void closePassedWindows() {
        closeWindows(clock.instant());
    }

    void closeWindows(Instant now) {
        for (AuditDenialRepository.ClosedWindow closed : repository.closeBefore(now.minus(window))) {
            if (closed.suppressed() > 0) {
                Map<String, String> details = new LinkedHashMap<>();
                details.put("ip", closed.address());
                details.put("count", String.valueOf(closed.suppressed()));
                details.put("windowStart", closed.windowStart().toString());
                details.put("windowMinutes", String.valueOf(window.toMinutes()));
                details.put("lastSubject", closed.lastSubject());
                events.publishEvent(AuditEvent.of("anonymous", AGGREGATED, closed.kind(), details));
            }
        }
    }
}
