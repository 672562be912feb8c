package dk.almenmonitor.reminder;

import java.time.OffsetDateTime;

/**
 * A reminder in the outbox: its {@code state} is PENDING, SENDING, SMTP (sent) or OUTBOX (kept here: the embedded
 * default has no mail server); {@code attempts} counts the tries to send it.
 */
record OutboxMail(String recipient, String subject, String body, String state, OffsetDateTime createdAt, int attempts) {

    public java.time.LocalDateTime createdAtInDenmark() {
        return dk.almenmonitor.shared.DanishFormat.inDenmark(createdAt);
    }

    /** A pending mail whose earlier attempts failed: it is tried again by the next run. */
    public boolean failedBefore() {
        return "PENDING".equals(state) && attempts > 0;
    }
}
