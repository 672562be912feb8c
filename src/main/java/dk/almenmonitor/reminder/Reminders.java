package dk.almenmonitor.reminder;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The reminder run: first today's reminders are recorded in one transaction ({@link ReminderRecorder}), then, after
 * its commit, the outbox's pending mails are sent ({@link OutboxDispatcher}) - today's and any that failed before.
 */
@Service
class Reminders {

    private final ReminderRecorder recorder;
    private final OutboxDispatcher dispatcher;
    private final OutboxRepository outbox;

    Reminders(ReminderRecorder recorder, OutboxDispatcher dispatcher, OutboxRepository outbox) {
        this.recorder = recorder;
        this.dispatcher = dispatcher;
        this.outbox = outbox;
    }

    /**
     * Records today's reminders and sends what is pending; returns how many reminders were recorded today (0 when
     * another instance holds the job, or on a rerun the same day).
     */
    int sendDue(LocalDate today) {
        int recorded = recorder.recordDue(today);
        dispatcher.dispatchPending();
        return recorded;
    }

    List<OutboxMail> outbox() {
        return outbox.latest(200);
    }
}
