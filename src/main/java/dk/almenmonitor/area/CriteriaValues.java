package dk.almenmonitor.area;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One area's criterion values for one list year as the ministry publishes them (docs/domain.md §16): residents, the
 * non-western share, the share outside the labour market and education, the convicted share of residents 18+ and the
 * national average of that share, the share with only basic education, and the income as a percentage of the regional
 * average. Percentages as numbers (52,3 = 52,3 %); a missing value is null, and a criterion on it is not met.
 */
public record CriteriaValues(String areaCode, int year, @Nullable Integer residents, @Nullable BigDecimal nonWestern,
                             @Nullable BigDecimal outside, @Nullable BigDecimal convicted,
                             @Nullable BigDecimal convictedNational, @Nullable BigDecimal basicEducation,
                             @Nullable BigDecimal income) {

    /** The measured value, or null when it is missing (the multiple of the national average to 2 decimals). */
    @Nullable
    BigDecimal value(Measure measure) {
        return switch (measure) {
            case RESIDENTS -> residents == null ? null : BigDecimal.valueOf(residents);
            case NON_WESTERN -> nonWestern;
            case OUTSIDE -> outside;
            case CONVICTED -> convicted;
            case CONVICTED_TIMES_NATIONAL -> convicted == null || convictedNational == null
                    || convictedNational.signum() <= 0 ? null
                    : convicted.divide(convictedNational, 2, java.math.RoundingMode.HALF_UP);
            case BASIC_EDUCATION -> basicEducation;
            case INCOME -> income;
            case YEARS_LISTED -> null;
        };
    }
}
