package dk.almenmonitor.identity;

import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Database accounts (form login and HTTP Basic) as other modules may create them: today only the demo accounts of
 * the {@code demo} module (ADR 0015). The password is hashed here, with a salt of its own per account, and never
 * stored or logged in clear.
 */
@Service
public class LocalAccounts {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    LocalAccounts(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** Whether an account with this username exists (enabled or not). */
    public boolean exists(String username) {
        return users.exists(username);
    }

    /**
     * Creates an enabled account unless one with the same username exists; true when it was created.
     *
     * @param organisationCodes codes of the organisations the account acts for; empty for none
     */
    public boolean createIfMissing(String username, String displayName, String password, Role role,
                                   Set<String> organisationCodes) {
        UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(password), role,
                organisationCodes, true);
        return users.insertIfMissing(account);
    }
}
