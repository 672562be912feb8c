package dk.almenmonitor.rent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The derived figures of a file, counted row by row as the file is read (docs/domain.md §10): the dwellings per band
 * × housing type × postal code, and the low-rent counts per housing type. A rent is counted as it is stored (in
 * whole øre, rounded half up); its band is the number of band limits at or below its monthly rent (so a rent of
 * exactly a limit is in the band above it), and it is low when its monthly rent is under the threshold; monthly rent
 * = yearly / 12, compared as yearly against 12 × the limit. Postal codes are 1000–9999 (the file's check).
 */
final class RentBandCounts {

    private static final int FIRST_POSTAL_CODE = 1000;
    private static final int POSTAL_CODES = 9000;
    private static final HousingType[] TYPES = HousingType.values();

    private final List<Integer> limits;
    private final int threshold;
    private final BigDecimal[] yearlyLimits;
    private final BigDecimal yearlyThreshold;
    private final int bands;
    private final int[] counts;
    private final int[] low = new int[TYPES.length];
    private int dwellings;

    RentBandCounts(List<Integer> limits, int threshold) {
        this.limits = List.copyOf(limits);
        this.threshold = threshold;
        this.yearlyLimits = limits.stream().map(l -> BigDecimal.valueOf(12L * l)).toArray(BigDecimal[]::new);
        this.yearlyThreshold = BigDecimal.valueOf(12L * threshold);
        this.bands = limits.size() + 1;
        this.counts = new int[POSTAL_CODES * TYPES.length * bands];
    }

    /** Counts one dwelling. */
    void add(int postalCode, HousingType type, BigDecimal yearlyRent) {
        BigDecimal rent = yearlyRent.scale() > 2 ? yearlyRent.setScale(2, RoundingMode.HALF_UP) : yearlyRent;
        int band = 0;
        while (band < yearlyLimits.length && rent.compareTo(yearlyLimits[band]) >= 0) {
            band++;
        }
        counts[((postalCode - FIRST_POSTAL_CODE) * TYPES.length + type.ordinal()) * bands + band]++;
        if (rent.compareTo(yearlyThreshold) < 0) {
            low[type.ordinal()]++;
        }
        dwellings++;
    }

    List<Integer> limits() {
        return limits;
    }

    int threshold() {
        return threshold;
    }

    int dwellings() {
        return dwellings;
    }

    /** The dwellings of the type under the threshold. */
    int low(HousingType type) {
        return low[type.ordinal()];
    }

    /** Every band × housing type × postal code with dwellings, by postal code, type and band. */
    List<RentRepository.BandCount> bandCounts() {
        List<RentRepository.BandCount> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                int band = i % bands;
                int type = i / bands % TYPES.length;
                int postalCode = FIRST_POSTAL_CODE + i / bands / TYPES.length;
                rows.add(new RentRepository.BandCount(postalCode, TYPES[type], band,
                        band == 0 ? null : limits.get(band - 1), band == limits.size() ? null : limits.get(band),
                        counts[i]));
            }
        }
        return rows;
    }
}
