package dk.almenmonitor.citylevel;

/**
 * An area goal on a criterion: reach a target value ({@code TARGET_VALUE}: at most it where higher is worse, at least
 * it for the dwelling area) or halve the gap to the city at baseline ({@code HALVE_GAP}), by the end of the due year.
 */
enum GoalKind {
    TARGET_VALUE, HALVE_GAP
}
