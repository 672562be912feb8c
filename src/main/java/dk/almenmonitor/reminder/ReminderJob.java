package dk.almenmonitor.reminder;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the reminders every morning (Danish time); see {@link Reminders}. */
@Component
@ConditionalOnProperty(name = "almen.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${almen.reminders.cron:0 0 7 * * *}", zone = "Europe/Copenhagen")
    void run() {
        int recorded = reminders.sendDue(LocalDate.now(dk.almenmonitor.shared.DanishFormat.DANISH_TIME));
        log.info("Reminder job recorded {} reminder(s)", recorded);
    }
}
