package dk.almenmonitor.identity;

import java.util.Objects;
import java.util.Set;

/**
 * The logged-in user as other modules see it.
 *
 * @param username          the login name
 * @param displayName       the name shown in the UI
 * @param role              the user's role
 * @param organisationCodes codes of the organisations the user acts for (e.g. {@code TMF}, {@code ØKF}, {@code BL1});
 *                          empty for users not tied to an organisation
 */
public record CurrentUser(String username, String displayName, Role role, Set<String> organisationCodes) {

    /**
     * The organisation code of the municipality as a whole. Goals it owns are the secretariat's (ADMIN); an EDITOR is
     * never scoped to it (refused for tokens and in the OIDC group mapping, and ignored by the edit policy).
     */
    public static final String MUNICIPALITY = "KK";

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? username : displayName;
        organisationCodes = organisationCodes == null ? Set.of() : Set.copyOf(organisationCodes);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isEditor() {
        return role == Role.EDITOR;
    }

    public boolean isDataSteward() {
        return role == Role.DATA_STEWARD;
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }

    /** Whether the user acts for the organisation with this code (exact, case-sensitive match). */
    public boolean belongsTo(String organisationCode) {
        return organisationCode != null && organisationCodes.contains(organisationCode);
    }

    /**
     * Whether the user acts for one of a goal's owning organisations — the ownership rule of every owner check
     * (status editing, decisions). The municipality as a whole ({@link #MUNICIPALITY}) never counts, even if a token
     * or mapping slipped it into the user's organisations: goals owned by "KK" are the secretariat's. The role is
     * not checked here.
     */
    public boolean actsForOwnerAmong(java.util.Collection<String> goalOwners) {
        return goalOwners != null && goalOwners.stream().filter(owner -> !MUNICIPALITY.equals(owner)).anyMatch(this::belongsTo);
    }

    /** Whether the user acts for at least one of these organisations. */
    public boolean belongsToAny(Set<String> codes) {
        return codes != null && codes.stream().anyMatch(organisationCodes::contains);
    }
}
