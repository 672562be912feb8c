package dk.almenmonitor.followup;

import java.util.List;

/** The status as stored after a save, with the warnings the owner should see (they never block saving). */
public record SavedStatus(StatusView status, List<StatusWarning> warnings) {
}
