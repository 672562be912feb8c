package dk.almenmonitor.followup;

/** OPEN → IN_REVIEW → APPROVED (locked); the secretariat may reopen with a recorded reason. */
public enum RoundState {
    OPEN, IN_REVIEW, APPROVED
    // The pages name a state with followup.state.<name> in messages_da.properties.
}
