package dk.almenmonitor.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username/password authentication (form login and HTTP Basic) against {@code identity.users}, behind the
 * {@link LoginThrottle}. The only {@code AuthenticationProvider} bean, so Spring Security builds the global
 * authentication manager from it alone (the account service is deliberately not a {@code UserDetailsService} bean).
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(UserRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        AccountUserDetailsService accounts = new AccountUserDetailsService(users);
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.passwords.setUserDetailsPasswordService(accounts);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        String username = Usernames.canonical(authentication.getName()).orElse(null);
        if (username == null) {
            // Not a username at all (NUL, U+0130, 3 KB …): no look-up, no lock of its own; counts against the address.
            if (throttle.isLocked(null, ip)) {
                throw new LoginThrottledException();
            }
            throttle.failed(null, ip);
            throw new BadCredentialsException("Not an acceptable username");
        }
        if (throttle.isLocked(username, ip)) {
            throw new LoginThrottledException();
        }
        try {
            UsernamePasswordAuthenticationToken canonical = UsernamePasswordAuthenticationToken.unauthenticated(
                    username, authentication.getCredentials());
            canonical.setDetails(authentication.getDetails());
            Authentication result = passwords.authenticate(canonical);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, ip);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
