package dk.almenmonitor.report;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** One save of a redegørelse text section: the text, who saved it and when (UTC in the database). */
record TextVersion(long id, TextSection section, String body, String savedBy, OffsetDateTime savedAt) {

    /** The time of the save on the wall clock of Danish users. */
    public LocalDateTime savedAtInDenmark() {
        return dk.almenmonitor.shared.DanishFormat.inDenmark(savedAt);
    }
}
