package dk.almenmonitor.shared;

/** How narrow a parsed Danish period expression is, from a single day to a vague season or span. */
public enum Precision {
    DAY, MONTH, QUARTER, HALF_YEAR, YEAR, MULTI_YEAR, FUZZY
}
