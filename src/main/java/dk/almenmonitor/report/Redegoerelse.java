package dk.almenmonitor.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.decision.DecisionView;
import dk.almenmonitor.followup.GoalStatusRow;

/**
 * The annual summary memo (redegørelse) as of a round: the computed key sentence ("Pr. 1. kvartal 2017 er 9 ud af 19
 * målsætninger indfriet"), the intents count, the fulfilled, overdue and measurable goals, the secretariat's texts and
 * the year's decisions per goal: those dated in the twelve months that end with the round's quarter
 * ({@code decisionsFrom}–{@code decisionsTo}; docs/domain.md "Decisions").
 */
record Redegoerelse(String agreementId, String agreementName, String period, String quarterLabel, int year,
                    int concreteGoals, int concreteFulfilled, int intents, List<Item> fulfilled, List<Item> overdue,
                    List<Item> measurable, Map<TextSection, String> texts, LocalDate decisionsFrom,
                    LocalDate decisionsTo, List<GoalDecisions> decisions) {

    /** The secretariat's text for a section ("" when none), by {@link TextSection} name. */
    public String text(String section) {
        return texts.getOrDefault(TextSection.valueOf(section), "");
    }

    /** A goal with its status in the round, the owners in the sheet's notation and (measurable goals) its figures. */
    record Item(GoalStatusRow row, String owners, List<String> figures) {

        /** The status text as written (the memo never says "Uændret": it shows the text that still holds). */
        public String statusText() {
            return row.status() == null || row.status().statusText() == null ? "" : row.status().statusText();
        }
    }

    /** A goal with its decisions of the year, oldest first. */
    record GoalDecisions(GoalView goal, List<DecisionView> decisions) {
    }
}
