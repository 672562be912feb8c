package dk.almenmonitor.reminder;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the outbox's pending mails, after the transaction that recorded them has committed. Each mail is claimed
 * (PENDING to SENDING) in a statement of its own before it is sent, and marked SMTP after; a send that fails puts it
 * back to PENDING for the next run. A mail is never sent twice: a claimed mail is skipped by every other dispatcher,
 * and one whose outcome is unknown (the process stopped between sending and marking) stays SENDING and is not retried.
 * Without a mail server, pending mails are marked OUTBOX: they stay on the "Udbakke" page.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    OutboxDispatcher(OutboxRepository outbox, ObjectProvider<JavaMailSender> mail,
                     @Value("${almen.reminders.from:almenmonitor@kk.dk.example}") String from) {
        this.outbox = outbox;
        this.mail = mail;
        this.from = from;
    }

    /**
     * Sends every pending mail once; returns how many went out. Runs outside any transaction (an outer one is
     * suspended), so each claim and mark commits at once and nothing uncommitted is ever sent.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    int dispatchPending() {
        JavaMailSender sender = mail.getIfAvailable();
        int sent = 0;
        int failed = 0;
        long after = 0;
        for (Optional<OutboxRepository.PendingMail> next = outbox.claimNext(after); next.isPresent();
             next = outbox.claimNext(after)) {
            OutboxRepository.PendingMail pending = next.get();
            after = pending.id();
            if (sender == null) {
                outbox.markDelivered(pending.id(), "OUTBOX");
                continue;
            }
            try {
                sender.send(message(pending));
            } catch (RuntimeException e) {
                log.warn("Reminder mail {} to {} not sent, retried by the next run: {}", pending.id(), pending.recipient(),
                        e.toString());
                outbox.release(pending.id(), e.toString());
                failed++;
                continue;
            }
            outbox.markDelivered(pending.id(), "SMTP");
            sent++;
        }
        if (sent + failed > 0) {
            log.info("Outbox: {} reminder mail(s) sent, {} left pending after a failure", sent, failed);
        }
        return sent;
    }

    private SimpleMailMessage message(OutboxRepository.PendingMail pending) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(pending.recipient());
        message.setSubject(pending.subject());
        message.setText(pending.body());
        return message;
    }
}
