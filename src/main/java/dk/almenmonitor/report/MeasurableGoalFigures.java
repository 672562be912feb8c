package dk.almenmonitor.report;

import java.util.List;

import dk.almenmonitor.agreement.GoalView;

/**
 * Seam for the figures behind a measurable goal in the redegørelse ("Andel almene boliger 2016: 19,9 % (mål: 20 %)").
 * Implemented by {@link IndicatorMeasurableGoalFigures}; goals without an indicator target get no lines.
 */
interface MeasurableGoalFigures {

    /** Ready-to-print Danish lines for the goal as of the round's period (e.g. {@code 2017-Q1}); empty if none. */
    List<String> figures(GoalView goal, String period);
}
