package dk.almenmonitor.search;

/** What a hit is; the names are part of the API contract. */
public enum HitKind {
    GOAL, STATUS, DELAY_REASON, DECISION;

    /** The key of its Danish name. */
    public String messageKey() {
        return "search.kind." + name();
    }
}
