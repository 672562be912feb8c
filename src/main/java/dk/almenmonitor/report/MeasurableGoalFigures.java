package dk.almenmonitor.report;

import java.util.List;

import dk.almenmonitor.agreement.GoalView;

/**
 * Seam for the figures behind a measurable goal in the redegørelse ("Andel almene boliger 2016: 19,9 % (mål: 20 %)").
 * <p>
 * Today {@link NoMeasurableGoalFigures} answers with no figures, and the redegørelse lists each measurable goal with its
 * owner's latest status only. When the {@code indicator} module is merged, the integrator replaces that bean with one
 * that asks the indicator facade for the goal's latest observations and evaluation, formats them in Danish (one line
 * per figure) and adds {@code "indicator"} to {@code allowedDependencies} in {@code report/package-info.java}. The
 * templates and the DOCX writer already show the lines when there are any.
 */
interface MeasurableGoalFigures {

    /** Ready-to-print Danish lines for the goal as of the round's period (e.g. {@code 2017-Q1}); empty if none. */
    List<String> figures(GoalView goal, String period);
}
