package dk.almenmonitor.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An open round and the goals each owner organisation has yet to write (or confirm) a status for, keyed by
 * organisation code in the quality check's order. {@code roundId} identifies the round for as long as it exists.
 */
public record RoundAwaitingStatus(long roundId, String agreementId, String period, LocalDate dueDate,
                                  Map<String, List<MissingGoal>> missingByOrganisation) {

    public record MissingGoal(long goalId, String title) {
    }
}
