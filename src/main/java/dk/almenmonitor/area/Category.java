package dk.almenmonitor.area;

/**
 * The categories of the ministry's lists (docs/domain.md §16), in rising severity: an area that meets several carries the
 * most severe. Which ones a list year knows, and their Danish names, depend on its rule set.
 */
public enum Category {
    FOREBYGGELSE(1),
    UDSAT(2),
    GHETTO(3),
    PARALLELSAMFUND(3),
    HAARDT_GHETTO(4),
    OMDANNELSE(4);

    private final int severity;

    Category(int severity) {
        this.severity = severity;
    }

    /** Higher is more severe; categories of different regimes never meet in one list year. */
    public int severity() {
        return severity;
    }
}
