package dk.almenmonitor.housing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The price index ({@code price-index} dataset: year; index, any base). An amount stated in one year's prices is
 * indexed to another year by index(to) / index(from), as the agreement's "3.200 kr. om måneden (2014-pl)" must be
 * for the year measured (docs/domain.md "Price index").
 */
@Component
public class PriceIndex {

    private final PriceIndexRepository index;

    PriceIndex(PriceIndexRepository index) {
        this.index = index;
    }

    /**
     * {@code amount} in {@code fromYear} prices, in {@code toYear} prices, rounded to whole kroner; empty when either
     * year has no index.
     */
    public Optional<BigDecimal> scale(BigDecimal amount, int fromYear, int toYear) {
        if (fromYear == toYear) {
            return Optional.of(amount.setScale(0, RoundingMode.HALF_UP));
        }
        Map<Integer, BigDecimal> years = index.byYear();
        BigDecimal from = years.get(fromYear);
        BigDecimal to = years.get(toYear);
        if (from == null || to == null) {
            return Optional.empty();
        }
        return Optional.of(amount.multiply(to).divide(from, 0, RoundingMode.HALF_UP));
    }

    /** The index per year, in year order. */
    public Map<Integer, BigDecimal> byYear() {
        return index.byYear();
    }
}
