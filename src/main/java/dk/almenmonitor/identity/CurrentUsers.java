package dk.almenmonitor.identity;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making the current request: a database account (form login, HTTP Basic), an OIDC user (role and
 * organisations from the group mapping) or an API token (its role and organisations). Reads the Spring Security
 * context of the calling thread, so access rules treat all three alike. Used by every module and by the page layout.
 */
@Component
public class CurrentUsers {

    /** The authenticated user of the current request, or empty when anonymous or outside a request. */
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof AccountPrincipal account) {
            return Optional.of(account.toCurrentUser());
        }
        if (principal instanceof AlmenOidcUser oidcUser) {
            return Optional.of(oidcUser.toCurrentUser());
        }
        if (principal instanceof CurrentUser token) {
            return Optional.of(token); // an API token (ApiTokenAuthentication)
        }
        // Any other authenticated principal (e.g. a plain Spring Security user): its name and most privileged role,
        // tied to no organisation.
        Role role = Access.roleOf(authentication);
        return role == null ? Optional.empty()
                : Optional.of(new CurrentUser(authentication.getName(), authentication.getName(), role, Set.of()));
    }
}
