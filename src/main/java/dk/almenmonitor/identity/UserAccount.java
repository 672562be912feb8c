package dk.almenmonitor.identity;

import java.util.Set;

/** A row of {@code identity.users}. */
record UserAccount(String username, String displayName, String passwordHash, Role role,
                   Set<String> organisationCodes, boolean enabled) {

    UserAccount {
        organisationCodes = Set.copyOf(organisationCodes);
    }

    /** Keeps the password hash out of logs and exception messages. */
    @Override
    public String toString() {
        return "UserAccount[username=" + username + ", role=" + role + ", organisations=" + organisationCodes
                + ", enabled=" + enabled + "]";
    }
}
