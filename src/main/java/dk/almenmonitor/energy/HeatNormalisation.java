package dk.almenmonitor.energy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Degree-day normalisation of heat use (docs/domain.md §12): Q_norm = Q × [(1 − h) · GD_normal / GD_actual + h], where h is
 * the share of the heat that goes to hot water (not weather dependent) and GD_normal = 3.112 degree days, the normal
 * year of DMI and Dansk Fjernvarme. The bracket is the year's factor.
 */
final class HeatNormalisation {

    static final BigDecimal NORMAL_YEAR = new BigDecimal("3112");
    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_UP);

    private HeatNormalisation() {
    }

    /** The factor for a year with {@code degreeDays}, or null when the year has none. */
    static BigDecimal factor(BigDecimal degreeDays, BigDecimal hotWaterShare) {
        if (degreeDays == null || degreeDays.signum() <= 0) {
            return null;
        }
        return BigDecimal.ONE.subtract(hotWaterShare).multiply(NORMAL_YEAR).divide(degreeDays, PRECISION)
                .add(hotWaterShare);
    }

    /** kWh per m² from MWh and m², normalised with {@code factor} (1 for the actual figure), unrounded. */
    static BigDecimal kwhPerM2(BigDecimal mwh, BigDecimal areaM2, BigDecimal factor) {
        return mwh.multiply(BigDecimal.valueOf(1000)).multiply(factor).divide(areaM2, PRECISION);
    }
}
