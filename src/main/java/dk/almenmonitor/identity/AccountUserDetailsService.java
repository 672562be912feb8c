package dk.almenmonitor.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads accounts from {@code identity.users} for form login and HTTP Basic. Also re-hashes a password on
 * login when its stored encoding is outdated (Spring Security calls {@link #updatePassword}). Not a bean: it is used
 * only inside {@link ThrottlingAuthenticationProvider}.
 */
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserRepository users;

    AccountUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        users.updatePasswordHash(user.getUsername(), newPassword);
        return loadUserByUsername(user.getUsername());
    }
}
