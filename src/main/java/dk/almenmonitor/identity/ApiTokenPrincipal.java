package dk.almenmonitor.identity;

import java.util.Set;

/** An authenticated API token. Its username is {@code token:<id>}, which is what the audit log records as actor. */
record ApiTokenPrincipal(long id, String name, Role role, Set<String> organisationCodes) {

    ApiTokenPrincipal {
        organisationCodes = Set.copyOf(organisationCodes);
    }

    String username() {
        return "token:" + id;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(username(), name, role, organisationCodes);
    }
}
