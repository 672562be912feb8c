package dk.almenmonitor.agreement;

/** What a write did to a goal (the history's {@code action}). */
public enum GoalChangeAction {
    CREATED, EDITED, RETIRED, REORDERED, TAKEN_OVER
}
