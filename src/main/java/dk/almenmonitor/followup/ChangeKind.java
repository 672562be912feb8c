package dk.almenmonitor.followup;

/** How a status version came about: from the sheet import, copied when a round opened, or saved by a person. */
public enum ChangeKind {
    IMPORTED, CARRIED_OVER, SAVED
}
