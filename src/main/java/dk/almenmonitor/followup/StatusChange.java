package dk.almenmonitor.followup;

import java.time.OffsetDateTime;

/** One version of a status in its history: what it said after the change, who made it and when (UTC). */
public record StatusChange(String period, int version, String statusText, String delayReason, String expectedText,
                           Achievement achievement, ChangeKind kind, String changedBy, OffsetDateTime changedAt) {

    /** How a status version came about: from the sheet import, copied when a round opened, or saved by a person. */
    public enum ChangeKind {
        IMPORTED, CARRIED_OVER, SAVED
    }

    public java.time.LocalDateTime changedAtInDenmark() {
        return dk.almenmonitor.shared.DanishFormat.inDenmark(changedAt);
    }

    public String periodLabel() {
        return dk.almenmonitor.shared.Quarter.danishLabel(period);
    }
}
