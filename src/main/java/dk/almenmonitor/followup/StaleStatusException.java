package dk.almenmonitor.followup;

/** Someone saved the status after the form was loaded; carries what is stored now so the user can choose. */
public class StaleStatusException extends RuntimeException {

    private final transient StatusView current;

    StaleStatusException(StatusView current) {
        super("followup.refused.stale");
        this.current = current;
    }

    /** The key of the Danish message; its argument is who saved ({@link StatusView#updatedBy()}). */
    String messageCode() {
        return "followup.refused.stale";
    }

    public StatusView current() {
        return current;
    }
}
