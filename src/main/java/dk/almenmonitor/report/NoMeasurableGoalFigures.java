package dk.almenmonitor.report;

import java.util.List;

import dk.almenmonitor.agreement.GoalView;
import org.springframework.stereotype.Component;

/** Until the indicator module is merged: no figures (see {@link MeasurableGoalFigures}). */
@Component
class NoMeasurableGoalFigures implements MeasurableGoalFigures {

    @Override
    public List<String> figures(GoalView goal, String period) {
        return List.of();
    }
}
