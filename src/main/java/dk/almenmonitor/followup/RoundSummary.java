package dk.almenmonitor.followup;

import java.util.List;
import java.util.Map;

import dk.almenmonitor.agreement.GoalKind;

/**
 * Counts for one round (PRODUCT.md C10 "summary"). {@code byKind} maps kind → achievement name → count, with
 * {@code NOT_RECORDED} for goals whose achievement was not registered in that round.
 */
public record RoundSummary(String agreementId, String period, int concreteGoals, int concreteFulfilled, int intents,
                           Map<GoalKind, Map<String, Integer>> byKind, List<Long> overdue,
                           List<Long> overdueWithoutReason, List<Long> unchanged) {

    public static final String NOT_RECORDED = "NOT_RECORDED";
}
