package dk.almenmonitor.identity;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The Spring Security principal for a database account; carries what {@link CurrentUser} needs. */
final class AccountPrincipal extends User {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final Role role;
    private final Set<String> organisationCodes;

    AccountPrincipal(UserAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.displayName = account.displayName();
        this.role = account.role();
        this.organisationCodes = Set.copyOf(account.organisationCodes());
    }

    /** Read by the page layout (as a bean property) to greet the user by name. */
    public String getDisplayName() {
        return displayName;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(getUsername(), displayName, role, organisationCodes);
    }
}
