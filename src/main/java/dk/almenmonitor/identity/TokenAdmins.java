package dk.almenmonitor.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may manage API tokens: a person with role ADMIN (form, OIDC or HTTP Basic), never an API token itself, so a
 * leaked token cannot mint or revoke tokens. Anyone else gets a 403 (and an audit row).
 */
@Component
class TokenAdmins {

    private final CurrentUsers currentUsers;

    TokenAdmins(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    CurrentUser require() {
        CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("not logged in"));
        boolean viaToken = SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication;
        if (!user.isAdmin() || viaToken) {
            throw new AccessDeniedException("Only an ADMIN account may manage API tokens");
        }
        return user;
    }
}
