package dk.almenmonitor.agreement;

/** Analysis (goal with a deadline), directly measurable goal, or declaration of intent (hensigtserklæring). */
public enum GoalKind {
    ANALYSIS, MEASURABLE, INTENT;

    /** Analyses and measurable goals are the agreement's concrete goals; intents are not. */
    public boolean concrete() {
        return this != INTENT;
    }
}
