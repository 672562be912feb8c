package dk.almenmonitor.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.almenmonitor.followup.MissingStatuses;
import dk.almenmonitor.followup.RoundAwaitingStatus;
import dk.almenmonitor.followup.RoundAwaitingStatus.MissingGoal;
import dk.almenmonitor.shared.AuditEvent;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails each owner organisation that still has missing statuses in an open round, N days before its due date. Runs
 * once per day per organisation even with several application instances: a PostgreSQL advisory lock keeps a second
 * instance out while one runs, and a unique row per (round, organisation, day) stops a repeat.
 */
@Service
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final ReminderRepository repository;
    private final MissingStatuses missingStatuses;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final int daysBefore;
    private final String from;

    Reminders(ReminderRepository repository, MissingStatuses missingStatuses, ObjectProvider<JavaMailSender> mail,
              MessageSource messages, ApplicationEventPublisher events,
              @Value("${almen.reminders.days-before:5}") int daysBefore,
              @Value("${almen.reminders.from:almenmonitor@kk.dk.example}") String from) {
        this.repository = repository;
        this.missingStatuses = missingStatuses;
        this.mail = mail;
        this.messages = messages;
        this.events = events;
        this.daysBefore = daysBefore;
        this.from = from;
    }

    /** Sends today's reminders; returns how many were sent (0 when another instance holds the job). */
    @Transactional
    int sendDue(LocalDate today) {
        if (!repository.tryJobLock()) {
            log.info("Reminder job skipped: another instance is running it");
            return 0;
        }
        Map<String, String> contacts = repository.contacts();
        int sent = 0;
        for (RoundAwaitingStatus round : missingStatuses.inOpenRoundsDueBetween(today, today.plusDays(daysBefore))) {
            // One mail per address: organisations sharing a mailbox (KK and TMF's secretariat) get one list.
            Map<String, java.util.LinkedHashSet<MissingGoal>> byRecipient = new java.util.TreeMap<>();
            Map<String, List<String>> organisationsByRecipient = new java.util.HashMap<>();
            for (Map.Entry<String, List<MissingGoal>> missing : round.missingByOrganisation().entrySet()) {
                String email = contacts.get(missing.getKey());
                if (email == null || !repository.markSent(round.roundId(), missing.getKey(), today)) {
                    continue;
                }
                byRecipient.computeIfAbsent(email, e -> new java.util.LinkedHashSet<>()).addAll(missing.getValue());
                organisationsByRecipient.computeIfAbsent(email, e -> new java.util.ArrayList<>()).add(missing.getKey());
            }
            for (Map.Entry<String, java.util.LinkedHashSet<MissingGoal>> recipient : byRecipient.entrySet()) {
                deliver(recipient.getKey(), round, String.join(",", organisationsByRecipient.get(recipient.getKey())),
                        List.copyOf(recipient.getValue()));
                sent++;
            }
        }
        return sent;
    }

    List<OutboxMail> outbox() {
        return repository.outbox(200);
    }

    private void deliver(String email, RoundAwaitingStatus round, String organisation, List<MissingGoal> goals) {
        String quarter = Quarter.parse(round.period()).orElseThrow().danish();
        String subject = messages.getMessage("reminder.mail.subject", new Object[]{quarter}, DanishFormat.DANISH);
        String list = goals.stream().map(g -> "- " + abbreviate(g.title())).collect(Collectors.joining("\n"));
        String body = messages.getMessage("reminder.mail.body", new Object[]{quarter,
                DanishFormat.date(round.dueDate()), goals.size(), list, "/aftaler/" + round.agreementId() + "/runder/"
                + round.period()}, DanishFormat.DANISH);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender != null) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(email);
            message.setSubject(subject);
            message.setText(body);
            sender.send(message);
        }
        repository.addToOutbox(email, subject, body, sender != null ? "SMTP" : "OUTBOX");
        events.publishEvent(AuditEvent.of("system", "REMINDER_SENT", round.agreementId() + "/" + round.period(),
                Map.of("organisation", organisation, "recipient", email, "goals", String.valueOf(goals.size()))));
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
