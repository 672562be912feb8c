package dk.almenmonitor.identity;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is making the current request. Reads the Spring Security context of the calling thread. */
@Component
public class CurrentUsers {

    /** The authenticated user of the current request, or empty when anonymous or outside a request. */
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.toCurrentUser());
        }
        return Optional.empty();
    }
}
