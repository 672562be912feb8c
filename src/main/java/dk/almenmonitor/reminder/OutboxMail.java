package dk.almenmonitor.reminder;

import java.time.OffsetDateTime;

/** A reminder as sent (SMTP) or kept in the outbox (the embedded default has no mail server). */
record OutboxMail(String recipient, String subject, String body, String delivered, OffsetDateTime createdAt) {

    public java.time.LocalDateTime createdAtInDenmark() {
        return dk.almenmonitor.shared.DanishFormat.inDenmark(createdAt);
    }
}
