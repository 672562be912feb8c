package dk.almenmonitor.indicator;

import java.util.List;

/**
 * What a page shows for one indicator of a goal: the indicator, the target and its evaluation (null when the goal
 * only monitors the indicator), Danish texts, the chart and the table of the values behind it.
 */
record IndicatorPanel(IndicatorView indicator, TargetView target, GoalEvaluationView evaluation, String targetText,
                      String latestText, String projectionText, String badge, ChartModel chart, List<Row> rows,
                      int later) {

    /** A row of the table behind the chart. */
    record Row(String period, String dimension, String value, String source, boolean used, int revisions) {
    }

    static String badge(EvaluationStatus status) {
        if (status == null) {
            return "badge badge--none";
        }
        return switch (status) {
            case MET, MET_WITHIN_TOLERANCE -> "badge badge--fulfilled";
            case ON_TRACK -> "badge badge--considered";
            case OFF_TRACK -> "badge badge--in-progress";
            case NOT_MET -> "badge badge--not-fulfilled";
            case NO_DATA -> "badge badge--none";
        };
    }
}
