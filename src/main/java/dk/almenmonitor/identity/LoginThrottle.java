package dk.almenmonitor.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dk.almenmonitor.shared.AuditEvent;

/**
 * Login throttling: {@code almen.login.throttle.max-failures-per-user} failures (5) for one username
 * within the window (15 min) lock that username for the lock time (15 min); {@code max-failures-per-ip} failures (20)
 * from one address lock the address. Unknown usernames are counted and locked like real ones. State lives in the
 * database, so it holds across instances and restarts. Usernames arrive canonical from
 * {@link ThrottlingAuthenticationProvider} (one spelling, one lock); addresses from {@link ClientAddresses}.
 */
@Component
class LoginThrottle {

    private final LoginThrottleRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxPerUser;
    private final int maxPerIp;
    private final Duration window;
    private final Duration lockTime;

    LoginThrottle(LoginThrottleRepository repository, ApplicationEventPublisher events,
                  @Value("${almen.login.throttle.max-failures-per-user:5}") int maxPerUser,
                  @Value("${almen.login.throttle.max-failures-per-ip:20}") int maxPerIp,
                  @Value("${almen.login.throttle.window:15m}") Duration window,
                  @Value("${almen.login.throttle.lock-time:15m}") Duration lockTime) {
        this.repository = repository;
        this.events = events;
        this.clock = Clock.systemUTC();
        this.maxPerUser = maxPerUser;
        this.maxPerIp = maxPerIp;
        this.window = window;
        this.lockTime = lockTime;
    }

    boolean isLocked(String username, String ip) {
        return repository.anyLocked(keys(username, ip), clock.instant());
    }

    void failed(String username, String ip) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        repository.purgeBefore(windowStart, now);
        if (username != null && repository.recordFailure(userKey(username), now, windowStart) >= maxPerUser) {
            lock(userKey(username), username, ip, now);
        }
        if (ip != null && repository.recordFailure(ipKey(ip), now, windowStart) >= maxPerIp) {
            lock(ipKey(ip), username, ip, now);
        }
    }

    void succeeded(String username) {
        repository.clearFailures(userKey(username));
    }

    private void lock(String key, String username, String ip, Instant now) {
        if (repository.lock(key, now.plus(lockTime), now)) {
            events.publishEvent(AuditEvent.of(SecurityAudit.actorName(username), "ACCOUNT_LOCKED", key,
                    Map.of("ip", String.valueOf(ip), "lockedMinutes", String.valueOf(lockTime.toMinutes()))));
        }
    }

    private static List<String> keys(String username, String ip) {
        List<String> keys = new ArrayList<>(2);
        if (username != null) {
            keys.add(userKey(username));
        }
        if (ip != null) {
            keys.add(ipKey(ip));
        }
        return keys;
    }

    /** {@code username} is already canonical ({@link Usernames#canonical}); it is not normalised a second time here. */
    private static String userKey(String username) {
        return "user:" + username;
    }

    private static String ipKey(String ip) {
        return "ip:" + ip;
    }
}
