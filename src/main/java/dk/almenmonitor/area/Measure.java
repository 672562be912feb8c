package dk.almenmonitor.area;

/**
 * What a criterion of a rule set measures, read from an area's criterion values of one list year: the columns of the
 * {@code area-criteria} dataset, the convicted share as a multiple of the national average, and the number of
 * consecutive list years an area has been on the ghetto list (for the multi-year rules).
 */
public enum Measure {
    RESIDENTS,
    NON_WESTERN,
    OUTSIDE,
    CONVICTED,
    CONVICTED_TIMES_NATIONAL,
    BASIC_EDUCATION,
    INCOME,
    YEARS_LISTED
}
