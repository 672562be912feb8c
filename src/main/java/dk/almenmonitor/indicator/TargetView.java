package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import dk.almenmonitor.shared.Precision;

/**
 * The measurable target of a goal.
 *
 * @param dimension   the observations it is judged on ({@code ""} = the total, else e.g. {@code boligtype=familie})
 * @param value       the threshold; for {@code CHANGE_FROM_BASELINE} the change in percent (−30 = a 30 % reduction)
 * @param tolerance   in the indicator's unit (percentage points for {@code %}); for {@code CHANGE_FROM_BASELINE} in
 *                    percentage points of the change
 * @param precision   compare like with like: only observations of this precision count (an annual target with
 *                    annual values)
 * @param periodText  the period as written: for {@code MAINTAIN} the period it must hold throughout ("2015-2018"),
 *                    for {@code BY_DUE} the due period ("2017"); {@code periodFrom}/{@code periodTo} its interval
 * @param countFrom   {@code COUNT_BY}: where the cumulative count starts
 */
public record TargetView(long goalId, String indicator, String dimension, TargetKind kind, TargetMode mode,
                         BigDecimal value, BigDecimal tolerance, Precision precision, String periodText,
                         LocalDate periodFrom, LocalDate periodTo, LocalDate countFrom, String baselinePeriod,
                         BigDecimal baselineValue) {

    public TargetView {
        dimension = dimension == null ? Dimensions.TOTAL : dimension;
        tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
    }

    /** Where the cumulative count of a {@code COUNT_BY} target starts: {@code countFrom}, else the period's start. */
    LocalDate countStart() {
        return countFrom != null ? countFrom : periodFrom;
    }
}
