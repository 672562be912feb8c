package dk.almenmonitor.citylevel;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The five criteria of Politik for udsatte byområder 2017–2025, by indicator code as the {@code area-indicators}
 * dataset writes them. Four are shares of the residents in percent, where a higher value is worse; the dwelling area
 * per resident is in m², where less is worse. {@code max} bounds an imported value (0 to max).
 */
enum Criterion {
    OUTSIDE_LABOUR_MARKET("uden_for_arbejdsmarkedet", true, "%", 1, 100),
    WITHOUT_EDUCATION("uden_uddannelse", true, "%", 1, 100),
    LOW_INCOME("lav_indkomst", true, "%", 1, 100),
    NON_WESTERN("ikke_vestlig_oprindelse", true, "%", 1, 100),
    DWELLING_AREA("boligareal_pr_beboer", false, "m²", 1, 1000);

    private final String code;
    private final boolean higherIsWorse;
    private final String unit;
    private final int decimals;
    private final BigDecimal max;

    Criterion(String code, boolean higherIsWorse, String unit, int decimals, int max) {
        this.code = code;
        this.higherIsWorse = higherIsWorse;
        this.unit = unit;
        this.decimals = decimals;
        this.max = BigDecimal.valueOf(max);
    }

    String code() {
        return code;
    }

    /** True for the shares (more residents outside the labour market is worse); false for the dwelling area. */
    boolean higherIsWorse() {
        return higherIsWorse;
    }

    String unit() {
        return unit;
    }

    boolean percent() {
        return "%".equals(unit);
    }

    int decimals() {
        return decimals;
    }

    BigDecimal max() {
        return max;
    }

    /** The criterion of an indicator code (case and surrounding blanks ignored). */
    static Optional<Criterion> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(c)).findFirst();
    }

    /** The codes, comma-separated, for messages. */
    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Criterion::code).toList());
    }
}
