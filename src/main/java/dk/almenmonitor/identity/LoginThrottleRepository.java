package dk.almenmonitor.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code identity.login_failure} and {@code identity.login_lock}. */
@Repository
class LoginThrottleRepository {

    private final JdbcClient jdbc;

    LoginThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean anyLocked(List<String> keys, Instant now) {
        return jdbc.sql("select count(*) from identity.login_lock where key = any(?) and locked_until > ?")
                .param(keys.toArray(String[]::new))
                .param(Timestamp.from(now))
                .query(Long.class)
                .single() > 0;
    }

    /** Records a failure and answers how many failures the key has since {@code windowStart}, this one included. */
    long recordFailure(String key, Instant now, Instant windowStart) {
        jdbc.sql("insert into identity.login_failure (key, failed_at) values (?, ?)")
                .param(key).param(Timestamp.from(now)).update();
        return jdbc.sql("select count(*) from identity.login_failure where key = ? and failed_at > ?")
                .param(key).param(Timestamp.from(windowStart))
                .query(Long.class).single();
    }

    /** Locks the key until the given time; true when it was not locked before (a new lock). */
    boolean lock(String key, Instant until, Instant now) {
        boolean wasLocked = anyLocked(List.of(key), now);
        jdbc.sql("""
                        insert into identity.login_lock (key, locked_until) values (?, ?)
                        on conflict (key) do update set locked_until = excluded.locked_until
                        """)
                .param(key).param(Timestamp.from(until)).update();
        // A new lock starts a new count: the failures that caused it are done with.
        jdbc.sql("delete from identity.login_failure where key = ?").param(key).update();
        return !wasLocked;
    }

    void clearFailures(String key) {
        jdbc.sql("delete from identity.login_failure where key = ?").param(key).update();
    }

    /** Housekeeping: failures older than the window and expired locks are of no use. */
    void purgeBefore(Instant failuresBefore, Instant now) {
        jdbc.sql("delete from identity.login_failure where failed_at < ?").param(Timestamp.from(failuresBefore)).update();
        jdbc.sql("delete from identity.login_lock where locked_until < ?").param(Timestamp.from(now)).update();
    }
}
