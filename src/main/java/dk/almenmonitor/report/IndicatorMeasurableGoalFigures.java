package dk.almenmonitor.report;

import java.util.List;

import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.indicator.IndicatorEvaluations;
import dk.almenmonitor.shared.Quarter;
import org.springframework.stereotype.Component;

/**
 * The figures behind a measurable goal in the redegørelse: the indicator evaluation at the end of the round's quarter,
 * as its Danish sentence ("Opfyldt inden for tolerancen: 19,9 % ≥ 20 % − 0,5 pp tolerance (31. december 2016)").
 */
@Component
class IndicatorMeasurableGoalFigures implements MeasurableGoalFigures {

    private final IndicatorEvaluations indicators;

    IndicatorMeasurableGoalFigures(IndicatorEvaluations indicators) {
        this.indicators = indicators;
    }

    @Override
    public List<String> figures(GoalView goal, String period) {
        return Quarter.parse(period)
                .flatMap(q -> indicators.evaluate(goal.id(), q.lastDay()))
                .map(e -> List.of(e.explanation()))
                .orElse(List.of());
    }
}
