package dk.almenmonitor.followup;

import java.util.List;

/** "Hvad mangler?" for a round: goals without a status, overdue goals without a delay reason, unchanged statuses. */
public record QualityReport(String agreementId, String period, List<Item> missingStatuses,
                            List<Item> overdueWithoutReason, List<Item> unchanged) {

    public record Item(long goalId, String title, List<String> owners) {
    }
}
