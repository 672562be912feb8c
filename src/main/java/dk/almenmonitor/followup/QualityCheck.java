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

    QualityReport of(RoundView round, List<GoalStatusRow> rows, Set<Long> carriedOver,
                     java.util.Map<Long, String> disagreements) {
        Quarter quarter = Quarter.parse(round.period()).orElseThrow();
        Predicate<GoalStatusRow> missing = r -> !r.hasStatus()
                || (round.state() != RoundState.APPROVED && carriedOver.contains(r.goal().id()));
        List<QualityReport.Item> missingItems = items(rows, missing, r -> r.hasStatus()
                ? "Status fra forrige kvartal er ikke bekræftet eller opdateret." : "Ingen status.");
        Map<String, List<QualityReport.Item>> byOrganisation = new TreeMap<>();
        for (QualityReport.Item item : missingItems) {
            List<String> owners = item.owners().isEmpty() ? List.of("Sekretariatet") : item.owners();
            owners.forEach(o -> byOrganisation.computeIfAbsent(o, k -> new java.util.ArrayList<>()).add(item));
        }
        return new QualityReport(round.agreementId(), round.period(), missingItems, new LinkedHashMap<>(byOrganisation),
                items(rows, GoalStatusRow::overdueWithoutReason, r -> "Fristen „" + r.goal().deadline().text()
                        + "“ er overskredet, og der er ingen grund til forsinkelse."),
                items(rows, r -> r.status() != null && r.status().unchanged(), r -> "Uændret siden forrige kvartal."),
                items(rows, r -> r.status() != null && r.status().unchanged()
                                && StatusWarnings.staleDate(r.status().statusText(), cutoff(round, quarter)).isPresent(),
                        r -> "Uændret, men nævner „" + StatusWarnings.staleDate(r.status().statusText(),
                                cutoff(round, quarter)).orElseThrow().matched() + "“."),
                items(rows, r -> r.status() != null && r.status().expectedFulfilment() != null
                                && r.status().expectedFulfilment().to() != null
                                && r.status().expectedFulfilment().to().isBefore(quarter.firstDay())
                                && r.achievement() != Achievement.FULFILLED,
                        r -> "Forventet indfrielse „" + r.status().expectedFulfilment().text() + "“ er passeret."),
                items(rows, r -> disagreements.containsKey(r.goal().id()), r -> disagreements.get(r.goal().id())));
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
