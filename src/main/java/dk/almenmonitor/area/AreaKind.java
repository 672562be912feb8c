package dk.almenmonitor.area;

/** The two kinds of area: on the ministry's lists, or designated by the municipality (Politik for udsatte byområder). */
public enum AreaKind {
    HOUSING_AREA,
    URBAN_AREA
}
