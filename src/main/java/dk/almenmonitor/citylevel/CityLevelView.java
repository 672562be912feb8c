package dk.almenmonitor.citylevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dk.almenmonitor.indicator.GoalEvaluationView;

/**
 * An urban area against the københavnerniveau: the answer of {@code GET /api/v1/areas/{code}/citylevel} and what the
 * pages show.
 *
 * @param halvedCount          the criteria whose gap is halved against the baseline
 * @param policyMet            at least {@code requiredHalved} of them (so far: judged on each criterion's latest year
 *                             up to {@code policyEndYear})
 * @param illustrativeImportId a synthetic (illustrative) import some of the values come from, else null
 * @param asOf                 the date the goals are evaluated as of
 */
record CityLevelView(String code, String name, String cityCode, int baselineYear, int policyEndYear,
                     int requiredHalved, int halvedCount, boolean policyMet, List<CriterionLevel> criteria,
                     LocalDate asOf, boolean illustrative, UUID illustrativeImportId) {

    /** A year of a criterion: the area's value, the city's, and the gap (positive is worse); null where unknown. */
    record YearValues(int year, BigDecimal area, BigDecimal city, BigDecimal gap) {
    }

    /**
     * One criterion of the area.
     *
     * @param gapBaseline the gap in the baseline year
     * @param currentYear the latest year after the baseline, up to the policy's end, with a gap; null when none
     * @param halved      whether {@code gapNow} ≤ ½ · {@code gapBaseline}; null when either is unknown
     * @param goal        the secretariat's goal on the criterion, null when none is set
     */
    record CriterionLevel(String indicator, boolean higherIsWorse, String unit, List<YearValues> years,
                          BigDecimal gapBaseline, Integer currentYear, BigDecimal gapNow, Boolean halved,
                          Goal goal) {
    }

    /** A goal and its evaluation by the indicator module's target rules. */
    record Goal(GoalKind kind, BigDecimal targetValue, int dueYear, String note, String setBy, OffsetDateTime setAt,
                GoalEvaluationView evaluation) {
    }
}
