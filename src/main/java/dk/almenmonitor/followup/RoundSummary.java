package dk.almenmonitor.followup;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dk.almenmonitor.agreement.GoalKind;

/**
 * Counts for one round (the API's round summary; docs/domain.md §2 "Counts"). {@code byKind} maps kind → achievement name → count, with
 * {@code NOT_RECORDED} for goals whose achievement was not registered in that round.
 */
public record RoundSummary(String agreementId, String period, int concreteGoals, int concreteFulfilled, int intents,
                           Map<GoalKind, Map<String, Integer>> byKind, List<Long> overdue,
                           List<Long> overdueWithoutReason, List<Long> unchanged) {

    public static final String NOT_RECORDED = "NOT_RECORDED";

    /** Counted from the round's table ({@link FollowUpQueries#table}), for callers that already have it. */
    public static RoundSummary of(String agreementId, String period, List<GoalStatusRow> rows) {
        Map<GoalKind, Map<String, Integer>> byKind = new EnumMap<>(GoalKind.class);
        for (GoalKind kind : GoalKind.values()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Achievement a : Achievement.values()) {
                counts.put(a.name(), 0);
            }
            counts.put(NOT_RECORDED, 0);
            byKind.put(kind, counts);
        }
        rows.forEach(r -> byKind.get(r.goal().kind()).merge(
                r.achievement() == null ? NOT_RECORDED : r.achievement().name(), 1, Integer::sum));
        int concrete = (int) rows.stream().filter(r -> r.goal().concrete()).count();
        int fulfilled = (int) rows.stream()
                .filter(r -> r.goal().concrete() && r.achievement() == Achievement.FULFILLED).count();
        int intents = (int) rows.stream().filter(r -> r.goal().kind() == GoalKind.INTENT).count();
        return new RoundSummary(agreementId, period, concrete, fulfilled, intents, byKind,
                ids(rows, GoalStatusRow::overdue), ids(rows, GoalStatusRow::overdueWithoutReason),
                ids(rows, r -> r.status() != null && r.status().unchanged()));
    }

    private static List<Long> ids(List<GoalStatusRow> rows, Predicate<GoalStatusRow> test) {
        return rows.stream().filter(test).map(r -> r.goal().id()).toList();
    }
}
