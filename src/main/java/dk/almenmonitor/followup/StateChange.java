package dk.almenmonitor.followup;

import java.time.OffsetDateTime;

/** A recorded change of a round's state, with the reason given (required when reopening an approved round). */
public record StateChange(RoundState from, RoundState to, String reason, String changedBy, OffsetDateTime changedAt) {

    public java.time.LocalDateTime changedAtInDenmark() {
        return dk.almenmonitor.shared.DanishFormat.inDenmark(changedAt);
    }
}
