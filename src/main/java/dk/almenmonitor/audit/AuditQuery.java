package dk.almenmonitor.audit;

import java.time.Instant;
import java.time.LocalDate;

import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.util.StringUtils;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the audit log. Dates are Danish calendar days: {@code from} counts from 00:00 Danish time, {@code to}
 * includes the whole day. Text filters are trimmed; blank means "any".
 */
record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String subject, @Nullable LocalDate from,
                  @Nullable LocalDate to, int page) {

    static final int PAGE_SIZE = 50;
    /** Paging and filters are bounded: 10.000 pages are half a million rows, more than anyone pages through. */
    static final int MAX_PAGE = 10_000;
    static final int MAX_FILTER_LENGTH = 200;

    AuditQuery {
        actor = clean(actor);
        action = clean(action);
        subject = clean(subject);
        if (page > MAX_PAGE) {
            throw RequestRefused.badRequest("audit.query.pageOutOfRange", MAX_PAGE);
        }
        page = Math.max(0, page);
        for (String filter : new String[] {actor, action, subject}) {
            if (filter != null && filter.length() > MAX_FILTER_LENGTH) {
                throw RequestRefused.badRequest("audit.query.filterTooLong", MAX_FILTER_LENGTH);
            }
        }
    }


    @Nullable Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(DanishFormat.DANISH_TIME).toInstant();
    }

    @Nullable Instant toInstantExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(DanishFormat.DANISH_TIME).toInstant();
    }

    int offset() {
        return page * PAGE_SIZE;
    }

    private static @Nullable String clean(@Nullable String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}
