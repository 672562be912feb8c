package dk.almenmonitor.identity;

import org.springframework.security.authentication.LockedException;

/**
 * Login refused because the username or the address is temporarily locked after repeated failures. A
 * {@link LockedException}, so that Spring Security's {@code ProviderManager} stops at once and tries no other provider.
 */
class LoginThrottledException extends LockedException {

    private static final long serialVersionUID = 1L;

    LoginThrottledException() {
        super("Too many failed logins; try again later");
    }
}
