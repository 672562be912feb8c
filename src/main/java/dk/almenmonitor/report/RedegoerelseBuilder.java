package dk.almenmonitor.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.decision.DecisionView;
import dk.almenmonitor.decision.Decisions;
import dk.almenmonitor.followup.Achievement;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.RoundSummary;
import dk.almenmonitor.shared.Quarter;
import org.springframework.stereotype.Component;

/** Builds the redegørelse from the round's Bilag 1 (same order), the round summary and the stored texts. */
@Component
class RedegoerelseBuilder {

    private final Bilag1Builder bilag1;
    private final FollowUpQueries followUp;
    private final ReportTexts texts;
    private final MeasurableGoalFigures figures;
    private final Decisions decisions;

    RedegoerelseBuilder(Bilag1Builder bilag1, FollowUpQueries followUp, ReportTexts texts, MeasurableGoalFigures figures,
                        Decisions decisions) {
        this.decisions = decisions;
        this.bilag1 = bilag1;
        this.followUp = followUp;
        this.texts = texts;
        this.figures = figures;
    }

    Optional<Redegoerelse> build(String agreementId, String period) {
        return bilag1.build(agreementId, period).map(b -> {
            RoundSummary summary = followUp.summary(agreementId, period);
            int year = Integer.parseInt(period.substring(0, 4));
            List<Bilag1.Row> rows = b.sections().stream().flatMap(s -> s.rows().stream()).toList();
            return new Redegoerelse(agreementId, b.agreementName(), period, b.currentLabel(), year,
                    summary.concreteGoals(), summary.concreteFulfilled(), summary.intents(),
                    items(rows, r -> r.row().goal().concrete() && r.row().achievement() == Achievement.FULFILLED, period),
                    items(rows, r -> r.row().overdue(), period),
                    items(rows, r -> r.row().goal().kind() == GoalKind.MEASURABLE, period),
                    texts.current(agreementId, year), from(period), to(period), decisions(rows, period));
        });
    }

    /** The decisions of the twelve months ending with the round's quarter, per goal in the Bilag 1 order. */
    private List<Redegoerelse.GoalDecisions> decisions(List<Bilag1.Row> rows, String period) {
        Map<Long, List<DecisionView>> byGoal = decisions.byGoalBetween(from(period), to(period));
        return rows.stream().map(r -> r.row().goal()).filter(g -> byGoal.containsKey(g.id()))
                .map(g -> new Redegoerelse.GoalDecisions(g, byGoal.get(g.id()))).toList();
    }

    private static LocalDate to(String period) {
        return Quarter.parse(period).orElseThrow().lastDay();
    }

    private static LocalDate from(String period) {
        return to(period).minusYears(1).plusDays(1);
    }

    private List<Redegoerelse.Item> items(List<Bilag1.Row> rows, Predicate<Bilag1.Row> test, String period) {
        return rows.stream().filter(test).map(r -> new Redegoerelse.Item(r.row(), r.owners(),
                r.row().goal().kind() == GoalKind.MEASURABLE ? figures.figures(r.row().goal(), period) : List.of()))
                .toList();
    }
}
