package dk.almenmonitor.followup;

import java.time.OffsetDateTime;

/** One version of a status in its history: what it said after the change, who made it and when (UTC). */
public record StatusChange(String period, int version, String statusText, String delayReason, String expectedText,
                           Achievement achievement, ChangeKind kind, String changedBy, OffsetDateTime changedAt) {

    public java.time.LocalDateTime changedAtInDenmark() {
        return changedAt.atZoneSameInstant(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDateTime();
    }

    public String periodLabel() {
        return dk.almenmonitor.shared.Quarter.parse(period).map(dk.almenmonitor.shared.Quarter::danish).orElse(period);
    }
}
