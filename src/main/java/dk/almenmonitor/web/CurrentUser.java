package dk.almenmonitor.web;

import java.util.Set;

/**
 * The signed-in user as the layout shows it.
 *
 * @param username    the login name
 * @param displayName the name shown in the header
 * @param role        the most privileged role without the {@code ROLE_} prefix, e.g. {@code ADMIN}; {@code null} if none
 * @param roles       all roles without the {@code ROLE_} prefix
 */
public record CurrentUser(String username, String displayName, String role, Set<String> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String name) {
        return roles.contains(name);
    }

    public boolean isAdmin() {
        return hasRole("ADMIN");
    }

    /** A data steward (who imports figures) and not also the secretariat, whose import page links to the figures. */
    public boolean isDataSteward() {
        return hasRole("DATA_STEWARD") && !isAdmin();
    }
}
