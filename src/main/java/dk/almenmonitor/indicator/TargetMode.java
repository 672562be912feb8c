package dk.almenmonitor.indicator;

/** {@code MAINTAIN}: must hold throughout the target's period. {@code BY_DUE}: to be reached by the due period. */
public enum TargetMode {
    MAINTAIN, BY_DUE
}
