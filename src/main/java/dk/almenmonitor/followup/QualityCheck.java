package dk.almenmonitor.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import dk.almenmonitor.shared.Quarter;
import org.springframework.stereotype.Component;

/** Builds the quality check of a round from its rows (see {@link QualityReport}). */
@Component
class QualityCheck {

    private final FollowUpTexts texts;

    QualityCheck(FollowUpTexts texts) {
        this.texts = texts;
    }

    QualityReport of(RoundView round, List<GoalStatusRow> rows, Set<Long> carriedOver,
                     java.util.Map<Long, String> disagreements) {
        Quarter quarter = Quarter.parse(round.period()).orElseThrow();
        Predicate<GoalStatusRow> missing = r -> !r.hasStatus()
                || (round.state() != RoundState.APPROVED && carriedOver.contains(r.goal().id()));
        List<QualityReport.Item> missingItems = items(rows, missing, r -> texts.text(r.hasStatus()
                ? "followup.quality.item.notConfirmed" : "followup.quality.item.noStatus"));
        Map<String, List<QualityReport.Item>> byOrganisation = new TreeMap<>();
        for (QualityReport.Item item : missingItems) {
            List<String> owners = item.owners().isEmpty() ? List.of(texts.text("followup.round.secretariat")) : item.owners();
            owners.forEach(o -> byOrganisation.computeIfAbsent(o, k -> new java.util.ArrayList<>()).add(item));
        }
        return new QualityReport(round.agreementId(), round.period(), missingItems, new LinkedHashMap<>(byOrganisation),
                items(rows, GoalStatusRow::overdueWithoutReason, r -> texts.text(
                        "followup.quality.item.overdueWithoutReason", r.goal().deadline().text())),
                items(rows, r -> r.status() != null && r.status().unchanged(), r -> texts.text("followup.quality.item.unchanged")),
                staleUnchanged(rows, cutoff(round, quarter)),
                items(rows, r -> r.status() != null && r.status().expectedFulfilment() != null
                                && r.status().expectedFulfilment().to() != null
                                && r.status().expectedFulfilment().to().isBefore(quarter.firstDay())
                                && r.achievement() != Achievement.FULFILLED,
                        r -> texts.text("followup.quality.item.expectedPassed", r.status().expectedFulfilment().text())),
                items(rows, r -> disagreements.containsKey(r.goal().id()), r -> disagreements.get(r.goal().id())));
    }

    /** Unchanged statuses that name a period ended before the cut-off; each text is searched once. */
    private List<QualityReport.Item> staleUnchanged(List<GoalStatusRow> rows, java.time.LocalDate cutoff) {
        List<QualityReport.Item> items = new java.util.ArrayList<>();
        for (GoalStatusRow r : rows) {
            if (r.status() != null && r.status().unchanged()) {
                StatusWarnings.staleDate(r.status().statusText(), cutoff).ifPresent(p -> items.add(new QualityReport.Item(
                        r.goal().id(), r.goal().title(), r.goal().owners(),
                        texts.text("followup.quality.item.staleUnchanged", p.matched()))));
            }
        }
        return List.copyOf(items);
    }

    private static java.time.LocalDate cutoff(RoundView round, Quarter quarter) {
        return round.dueDate() != null ? round.dueDate() : quarter.firstDay();
    }

    private static List<QualityReport.Item> items(List<GoalStatusRow> rows, Predicate<GoalStatusRow> test,
                                                  Function<GoalStatusRow, String> message) {
        return rows.stream().filter(test).map(r -> new QualityReport.Item(r.goal().id(), r.goal().title(),
                r.goal().owners(), message.apply(r))).toList();
    }
}
