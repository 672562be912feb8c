package dk.almenmonitor.indicator;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The last day of the quarter of an agreement's latest follow-up round, contributed by the module that owns the
 * rounds, so that indicator needs no dependency on it. {@link IndicatorEvaluations#defaultAsOf(String)} uses it
 * first: the dashboard, the indicator pages, the goal page and the API judge as of the same date (docs/domain.md §4).
 */
public interface LatestRoundEnd {

    /** Empty when the agreement has no rounds (or is unknown). */
    Optional<LocalDate> of(String agreementId);
}
