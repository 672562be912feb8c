package dk.almenmonitor.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dk.almenmonitor.followup.MissingStatuses;
import dk.almenmonitor.followup.RoundAwaitingStatus;
import dk.almenmonitor.followup.RoundAwaitingStatus.MissingGoal;
import dk.almenmonitor.shared.AuditEvent;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records today's reminders: each owner organisation that still has missing statuses in an open round, N days before
 * its due date, gets one reminder per address, written to the outbox as PENDING in this one transaction (with the
 * {@code reminder_sent} row that stops a repeat the same day and the audit event). Nothing is mailed here; the
 * {@link OutboxDispatcher} sends after the commit. A PostgreSQL advisory lock keeps a second instance out while one
 * records, and a unique row per (round, organisation, day) stops a rerun.
 */
@Service
class ReminderRecorder {

    private static final Logger log = LoggerFactory.getLogger(ReminderRecorder.class);

    private final ReminderRepository repository;
    private final OutboxRepository outbox;
    private final MissingStatuses missingStatuses;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final int daysBefore;

    ReminderRecorder(ReminderRepository repository, OutboxRepository outbox, MissingStatuses missingStatuses,
                     MessageSource messages, ApplicationEventPublisher events,
                     @Value("${almen.reminders.days-before:5}") int daysBefore) {
        this.repository = repository;
        this.outbox = outbox;
        this.missingStatuses = missingStatuses;
        this.messages = messages;
        this.events = events;
        this.daysBefore = daysBefore;
    }

    /** Records today's reminders; returns how many (0 when another instance holds the job, or on a rerun). */
    @Transactional
    int recordDue(LocalDate today) {
        if (!repository.tryJobLock()) {
            log.info("Reminder job skipped: another instance is running it");
            return 0;
        }
        Map<String, String> contacts = repository.contacts();
        int recorded = 0;
        for (RoundAwaitingStatus round : missingStatuses.inOpenRoundsDueBetween(today, today.plusDays(daysBefore))) {
            // One mail per address: organisations sharing a mailbox (KK and TMF's secretariat) get one list.
            Map<String, LinkedHashSet<MissingGoal>> byRecipient = new TreeMap<>();
            Map<String, List<String>> organisationsByRecipient = new HashMap<>();
            for (Map.Entry<String, List<MissingGoal>> missing : round.missingByOrganisation().entrySet()) {
                String email = contacts.get(missing.getKey());
                if (email == null || !repository.markSent(round.roundId(), missing.getKey(), today)) {
                    continue;
                }
                byRecipient.computeIfAbsent(email, e -> new LinkedHashSet<>()).addAll(missing.getValue());
                organisationsByRecipient.computeIfAbsent(email, e -> new ArrayList<>()).add(missing.getKey());
            }
            for (Map.Entry<String, LinkedHashSet<MissingGoal>> recipient : byRecipient.entrySet()) {
                record(recipient.getKey(), round, String.join(",", organisationsByRecipient.get(recipient.getKey())),
                        List.copyOf(recipient.getValue()));
                recorded++;
            }
        }
        return recorded;
    }

    private void record(String email, RoundAwaitingStatus round, String organisation, List<MissingGoal> goals) {
        String quarter = Quarter.parse(round.period()).orElseThrow().danish();
        String subject = messages.getMessage("reminder.mail.subject", new Object[]{quarter}, DanishFormat.DANISH);
        String list = goals.stream().map(g -> "- " + abbreviate(g.title())).collect(Collectors.joining("\n"));
        String body = messages.getMessage("reminder.mail.body", new Object[]{quarter,
                DanishFormat.date(round.dueDate()), goals.size(), list, "/aftaler/" + round.agreementId() + "/runder/"
                + round.period()}, DanishFormat.DANISH);
        outbox.addPending(email, subject, body);
        events.publishEvent(AuditEvent.of("system", "REMINDER_SENT", round.agreementId() + "/" + round.period(),
                Map.of("organisation", organisation, "recipient", email, "goals", String.valueOf(goals.size()))));
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
