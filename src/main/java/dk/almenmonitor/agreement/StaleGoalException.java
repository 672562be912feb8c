package dk.almenmonitor.agreement;

/**
 * A goal saved from an old version: someone saved after it was read. Carries what is stored now and what the
 * writer sent, so the API answers 412 with both and the page shows both side by side.
 */
public class StaleGoalException extends RuntimeException {

    private final transient GoalView current;
    private final transient GoalInput yours;

    StaleGoalException(GoalView current, GoalInput yours) {
        super("agreement.refused.stale");
        this.current = current;
        this.yours = yours;
    }

    public GoalView current() {
        return current;
    }

    public GoalInput yours() {
        return yours;
    }

    /** Who saved the version stored now (the latest history entry), or "–". */
    String messageCode() {
        return "agreement.refused.stale";
    }
}
