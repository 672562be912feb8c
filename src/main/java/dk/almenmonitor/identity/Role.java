package dk.almenmonitor.identity;

/** What a user may do. Editors are additionally scoped to their organisations. */
public enum Role {
    /** The secretariat: sets up agreements, opens and approves rounds, produces documents. */
    ADMIN,
    /** An owner organisation's user: writes statuses for the goals its organisations own. */
    EDITOR,
    /** Imports datasets. */
    DATA_STEWARD,
    /** Reads reports, dashboards and history. */
    READER;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
