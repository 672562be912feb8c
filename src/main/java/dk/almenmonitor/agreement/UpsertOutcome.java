package dk.almenmonitor.agreement;

/** What an idempotent write did: created a row, changed it, or found it already as asked. */
public enum UpsertOutcome {
    CREATED, UPDATED, UNCHANGED
}
