package dk.almenmonitor.indicator;

/**
 * {@code AT_LEAST v}, {@code AT_MOST v}, {@code CHANGE_FROM_BASELINE p} (p percent from the baseline value; negative is
 * a reduction) and {@code COUNT_BY v} (the cumulative count reaches v).
 */
public enum TargetKind {
    AT_LEAST, AT_MOST, CHANGE_FROM_BASELINE, COUNT_BY
}
