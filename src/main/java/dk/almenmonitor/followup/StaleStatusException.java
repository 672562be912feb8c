package dk.almenmonitor.followup;

/** Someone saved the status after the form was loaded; carries what is stored now so the user can choose. */
public class StaleStatusException extends RuntimeException {

    private final transient StatusView current;

    StaleStatusException(StatusView current) {
        super("Statussen er ændret af " + current.updatedBy() + ", siden du åbnede den.");
        this.current = current;
    }

    public StatusView current() {
        return current;
    }
}
