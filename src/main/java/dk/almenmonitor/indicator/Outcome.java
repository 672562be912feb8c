package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What {@link TargetEvaluator} found, before it is put into words.
 *
 * @param latest     the observation the status rests on (for {@code COUNT_BY} over flows: the last one counted)
 * @param measured   the value compared: the latest value, the cumulative count or (CHANGE_FROM_BASELINE) the change
 *                   in percent from the baseline
 * @param baseline   the baseline value used ({@code CHANGE_FROM_BASELINE} only)
 * @param projection the linear projection to the due period, when there are at least two points
 * @param projected  true when the status was decided on the projection ({@code COUNT_BY} before its due period)
 */
record Outcome(EvaluationStatus status, Reason reason, Point latest, BigDecimal measured, BigDecimal baseline,
               Projected projection, boolean projected) {

    enum Reason { JUDGED, REACHED_EARLY, NO_OBSERVATIONS, NO_VALUE_IN_DUE_PERIOD, NO_BASELINE }

    /** The projected value at {@code date} from a least-squares line through {@code points} points. */
    record Projected(LocalDate date, BigDecimal value, BigDecimal measured, int points) {
    }

    static Outcome noData(Reason reason, BigDecimal baseline) {
        return new Outcome(EvaluationStatus.NO_DATA, reason, null, null, baseline, null, false);
    }
}
