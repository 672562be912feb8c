package dk.almenmonitor.agreement;

import java.time.Instant;
import java.time.LocalDateTime;

import dk.almenmonitor.shared.DanishFormat;

/**
 * One entry of a goal's edit history: the version it made, what kind of write, and for a field edit the field (its
 * API name) with the value before and after; {@code field} is null for a write without fields (created, retired).
 */
public record GoalChangeView(int version, GoalChangeAction action, String field, String before, String after,
                             String changedBy, Instant changedAt) {

    /** When, in Danish time, for pages. */
    public LocalDateTime changedAtInDenmark() {
        return LocalDateTime.ofInstant(changedAt, DanishFormat.DANISH_TIME);
    }
}
