package dk.almenmonitor.synthetic;

/**
 * The yearly series several files share, 2010–2024: degree days (a plausible profile around the normal year 3.112,
 * warmer in recent years, each year moved by up to a few per cent by the seed) and a consumer price index with
 * 2015 = 100 (the shape of Danish inflation, moved by a tenth or so). Heat uses the degree days, operating costs the
 * index, so the files agree with each other.
 */
final class YearSeries {

    static final int FIRST = 2010;
    static final int LAST = 2024;
    static final int NORMAL_DEGREE_DAYS = 3112;

    private static final int[] DEGREE_DAYS =
        {3480, 2950, 3150, 3170, 2620, 2880, 2990, 2900, 2850, 2790, 2640, 3020, 2760, 2820, 2780};
    private static final double[] PRICE_INDEX =
        {93.2, 95.8, 98.1, 98.9, 99.5, 100.0, 100.3, 101.4, 102.2, 103.0, 103.4, 105.4, 113.5, 117.2, 118.9};
    private static final long SALT = 7;

    private final int[] degreeDays = new int[LAST - FIRST + 1];
    private final double[] priceIndex = new double[LAST - FIRST + 1];

    YearSeries(long seed) {
        Rng rng = Rng.of(seed, SALT);
        for (int i = 0; i < degreeDays.length; i++) {
            degreeDays[i] = (int) Math.round(DEGREE_DAYS[i] * rng.normal(1, 0.02, 0.94, 1.06));
            double index = FIRST + i == 2015 ? 100.0 : PRICE_INDEX[i] + rng.normal(0, 0.1, -0.3, 0.3);
            priceIndex[i] = Math.round(index * 10) / 10.0;
        }
    }

    int degreeDays(int year) {
        return degreeDays[year - FIRST];
    }

    double priceIndex(int year) {
        return priceIndex[year - FIRST];
    }
}
