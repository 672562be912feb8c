package dk.almenmonitor.reminder;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReminderRepository {

    /** One lock id for the reminder job across all application instances (pg advisory locks are per database). */
    private static final long JOB_LOCK = 0x616c6d656e01L;

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the job lock until the transaction ends; false when another instance is running the job. */
    boolean tryJobLock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(JOB_LOCK)
                .query(Boolean.class).single());
    }

    Map<String, String> contacts() {
        return jdbc.sql("select organisation_code, email from reminder.owner_contact").query()
                .listOfRows().stream().collect(Collectors.toMap(r -> (String) r.get("organisation_code"),
                        r -> (String) r.get("email")));
    }

    void saveContact(String organisationCode, String email) {
        jdbc.sql("""
                insert into reminder.owner_contact (organisation_code, email) values (?, ?)
                on conflict (organisation_code) do update set email = excluded.email
                """).params(organisationCode, email).update();
    }

    void deleteContact(String organisationCode) {
        jdbc.sql("delete from reminder.owner_contact where organisation_code = ?").param(organisationCode).update();
    }

    /** Records that the organisation was reminded today; false if it already was (another instance, a rerun). */
    boolean markSent(long roundId, String organisation, LocalDate today) {
        return jdbc.sql("""
                insert into reminder.reminder_sent (round_id, organisation_code, sent_on) values (?, ?, ?)
                on conflict do nothing
                """).params(roundId, organisation, today).update() == 1;
    }
}
