package dk.almenmonitor.citylevel;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * The københavnerniveau's rules (docs/domain.md "Københavnerniveau"), free of Spring and the database:
 * <ul>
 * <li>gap = area − city for a criterion where higher is worse, city − area for the dwelling area (less is worse):
 * positive is always worse, i.e. the area lags behind the city;</li>
 * <li>a criterion is halved when gap_now ≤ ½ · gap_baseline (exactly half counts), compared exactly (2 · gap_now ≤
 * gap_baseline, no rounding). With no lag at baseline (gap ≤ 0) there is nothing to halve: the criterion is halved
 * while the area stays at or better than the city (gap_now ≤ 0);</li>
 * <li>the policy is met when at least 3 of the 5 criteria are halved.</li>
 * </ul>
 * Missing values give null (unknown), never false.
 */
final class GapRules {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private GapRules() {
    }

    /** The signed gap (positive is worse), or null when a value is missing. */
    static BigDecimal gap(Criterion criterion, BigDecimal area, BigDecimal city) {
        if (area == null || city == null) {
            return null;
        }
        return criterion.higherIsWorse() ? area.subtract(city) : city.subtract(area);
    }

    /** The largest gap that counts as halved against the baseline gap: ½ · gap_baseline, or 0 without a lag then. */
    static BigDecimal halvedThreshold(BigDecimal gapBaseline) {
        return gapBaseline.signum() <= 0 ? BigDecimal.ZERO : gapBaseline.divide(TWO);
    }

    /** Whether the gap is halved against the baseline gap; null when either is unknown. */
    static Boolean halved(BigDecimal gapNow, BigDecimal gapBaseline) {
        if (gapNow == null || gapBaseline == null) {
            return null;
        }
        if (gapBaseline.signum() <= 0) {
            return gapNow.signum() <= 0;
        }
        return gapNow.multiply(TWO).compareTo(gapBaseline) <= 0;
    }

    /** The number of criteria known to be halved. */
    static int halvedCount(Collection<Boolean> halved) {
        return (int) halved.stream().filter(Objects::nonNull).filter(Boolean::booleanValue).count();
    }

    /** The policy's rule: at least 3 of the 5 criteria halved. */
    static boolean policyMet(int halvedCount) {
        return halvedCount >= CityLevelSettings.REQUIRED_HALVED;
    }
}
