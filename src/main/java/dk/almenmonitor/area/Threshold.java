package dk.almenmonitor.area;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One criterion of a rule set: a measure against a limit, with the law's wording — "more than" is strict (exactly
 * 50,0 % is not more than 50 %), "at least" inclusive (3,0 times the national average is at least 3 times), "less
 * than" strict. The multiple of the national average is compared exactly (convicted ≥ limit × national), not through
 * the rounded multiple.
 */
public record Threshold(Measure measure, Comparison comparison, BigDecimal limit) {

    public enum Comparison {
        MORE_THAN(">"),
        AT_LEAST("≥"),
        LESS_THAN("<");

        private final String sign;

        Comparison(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }
    }

    static Threshold moreThan(Measure measure, String limit) {
        return new Threshold(measure, Comparison.MORE_THAN, new BigDecimal(limit));
    }

    static Threshold atLeast(Measure measure, String limit) {
        return new Threshold(measure, Comparison.AT_LEAST, new BigDecimal(limit));
    }

    static Threshold lessThan(Measure measure, String limit) {
        return new Threshold(measure, Comparison.LESS_THAN, new BigDecimal(limit));
    }

    /** Whether the values meet the criterion; a missing value never does. */
    boolean met(CriteriaValues values) {
        BigDecimal value;
        if (measure == Measure.CONVICTED_TIMES_NATIONAL) {
            if (values.convicted() == null || values.convictedNational() == null) {
                return false;
            }
            value = values.convicted();
            return compare(value, limit.multiply(values.convictedNational()));
        }
        value = values.value(measure);
        return value != null && compare(value, limit);
    }

    /** Whether a count (the years listed) meets the criterion. */
    boolean met(int count) {
        return compare(BigDecimal.valueOf(count), limit);
    }

    private boolean compare(BigDecimal value, BigDecimal against) {
        int c = value.compareTo(against);
        return switch (comparison) {
            case MORE_THAN -> c > 0;
            case AT_LEAST -> c >= 0;
            case LESS_THAN -> c < 0;
        };
    }

    /** The texts of the rule sets' few thresholds, formatted once (classifying thousands of areas asks often). */
    private static final java.util.Map<Threshold, String> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The criterion as text, e.g. {@code > 50}, {@code ≥ 3} (Danish decimals). */
    public String text() {
        return TEXTS.computeIfAbsent(this, t -> t.comparison.sign() + " "
                + dk.almenmonitor.shared.DanishFormat.number(t.limit, t.limit.scale() > 0 ? t.limit.scale() : 0));
    }

    /** The measured value for display, or null. */
    @Nullable
    BigDecimal valueOf(CriteriaValues values) {
        return values.value(measure);
    }
}
