package dk.almenmonitor.followup;

import java.time.OffsetDateTime;

import dk.almenmonitor.shared.WrittenPeriod;

/** A goal's status in one round; field names are part of the API contract. */
public record StatusView(long goalId, String period, String statusText, boolean unchanged, String delayReason,
                         WrittenPeriod expectedFulfilment, Achievement achievement, boolean overdue, int version,
                         String updatedBy, OffsetDateTime updatedAt) {

    /** "1. kvartal 2017". */
    public String periodLabel() {
        return dk.almenmonitor.shared.Quarter.danishLabel(period);
    }

    /** The time of the last change on the wall clock of Danish users (stored in UTC). */
    public java.time.LocalDateTime updatedAtInDenmark() {
        return dk.almenmonitor.shared.DanishFormat.inDenmark(updatedAt);
    }
}
