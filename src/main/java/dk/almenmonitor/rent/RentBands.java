package dk.almenmonitor.rent;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rent bands (our rule, docs/domain.md §10): monthly rent excl. consumption (yearly / 12) in half-open bands, bounded
 * by the setting {@code almen.rent.bands} (default {@code 3500,4500,5500,6500,7500}: six bands, {@code < 3.500},
 * {@code 3.500–4.499}, …, {@code ≥ 7.500}); and the low-rent threshold {@code almen.rent.low-rent-threshold} (the
 * agreement's "under 3.500 kr. om måneden").
 */
@Component
class RentBands {

    /** A band: {@code from} inclusive (null for the lowest), {@code to} exclusive (null for the top), monthly kroner. */
    record Band(int index, Integer from, Integer to) {
    }

    static final int MAX_LIMITS = 19;
    static final int MAX_DKK = 1_000_000;

    private final List<Integer> limits;
    private final int threshold;

    RentBands(@Value("${almen.rent.bands:3500,4500,5500,6500,7500}") String bands,
              @Value("${almen.rent.low-rent-threshold:3500}") int threshold) {
        this.limits = parse(bands);
        if (threshold < 1 || threshold > MAX_DKK) {
            throw new IllegalArgumentException("almen.rent.low-rent-threshold must be 1.." + MAX_DKK + ": " + threshold);
        }
        this.threshold = threshold;
    }

    /** The band limits: strictly increasing whole kroner, 1 to 19 of them. */
    static List<Integer> parse(String text) {
        List<Integer> limits = new ArrayList<>();
        for (String part : text.split(",")) {
            int value;
            try {
                value = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("almen.rent.bands: not a whole number: " + part.strip());
            }
            if (value < 1 || value > MAX_DKK || (!limits.isEmpty() && value <= limits.get(limits.size() - 1))) {
                throw new IllegalArgumentException("almen.rent.bands must be increasing, 1.." + MAX_DKK + ": " + text);
            }
            limits.add(value);
        }
        if (limits.size() > MAX_LIMITS) {
            throw new IllegalArgumentException("almen.rent.bands: at most " + MAX_LIMITS + " limits: " + text);
        }
        return List.copyOf(limits);
    }

    /** The lower limits of the bands above the lowest, monthly kroner. */
    List<Integer> limits() {
        return limits;
    }

    int threshold() {
        return threshold;
    }

    /** Every band, lowest first. */
    static List<Band> bands(List<Integer> limits) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i <= limits.size(); i++) {
            bands.add(new Band(i, i == 0 ? null : limits.get(i - 1), i == limits.size() ? null : limits.get(i)));
        }
        return bands;
    }

    /** The band of a monthly rent: the number of limits at or below it (so a rent of exactly a limit is above it). */
    static int bandOf(List<Integer> limits, java.math.BigDecimal monthly) {
        int band = 0;
        while (band < limits.size() && monthly.compareTo(java.math.BigDecimal.valueOf(limits.get(band))) >= 0) {
            band++;
        }
        return band;
    }
}
