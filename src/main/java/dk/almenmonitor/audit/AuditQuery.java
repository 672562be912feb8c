package dk.almenmonitor.audit;

import java.time.Instant;
import java.time.LocalDate;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.util.StringUtils;

/**
 * Filters for the audit log. Dates are Danish calendar days: {@code from} counts from 00:00 Danish time, {@code to}
 * includes the whole day. Text filters are trimmed; blank means "any".
 */
record AuditQuery(String actor, String action, String subject, LocalDate from, LocalDate to, int page) {

    static final int PAGE_SIZE = 50;

    AuditQuery {
        actor = clean(actor);
        action = clean(action);
        subject = clean(subject);
        page = Math.max(0, page);
    }

    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(DanishFormat.DANISH_TIME).toInstant();
    }

    Instant toInstantExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(DanishFormat.DANISH_TIME).toInstant();
    }

    int offset() {
        return page * PAGE_SIZE;
    }

    private static String clean(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}
