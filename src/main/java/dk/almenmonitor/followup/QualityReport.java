package dk.almenmonitor.followup;

import java.util.List;
import java.util.Map;

/**
 * "Hvad mangler?" for a round (docs/domain.md §3): goals without a status (also per owner organisation), overdue goals
 * without a delay reason, unchanged statuses, unchanged statuses that mention a date before the round's due date
 * (probably stale) and expected fulfilment already passed. {@code missingStatuses} counts carried-over statuses that
 * the owner has not yet saved in an open round. {@code disagreesWithData} lists measurable goals whose owner-set
 * achievement disagrees with the indicator evaluation at the end of the round's quarter (docs/domain.md §4).
 */
public record QualityReport(String agreementId, String period, List<Item> missingStatuses,
                            Map<String, List<Item>> missingByOrganisation, List<Item> overdueWithoutReason,
                            List<Item> unchanged, List<Item> staleUnchanged, List<Item> expectedPassed,
                            List<Item> disagreesWithData) {

    public record Item(long goalId, String title, List<String> owners, String message) {
    }

    public int issueCount() {
        return missingStatuses.size() + overdueWithoutReason.size() + staleUnchanged.size() + expectedPassed.size()
                + disagreesWithData.size();
    }
}
