package dk.almenmonitor.followup;

/** OPEN → IN_REVIEW → APPROVED (locked); the secretariat may reopen with a recorded reason. */
public enum RoundState {
    OPEN("Åben"), IN_REVIEW("Til godkendelse"), APPROVED("Godkendt");

    private final String danish;

    RoundState(String danish) {
        this.danish = danish;
    }

    /** The state as the pages name it (the same words as {@code followup.state.*} in messages_da.properties). */
    public String danish() {
        return danish;
    }
}
