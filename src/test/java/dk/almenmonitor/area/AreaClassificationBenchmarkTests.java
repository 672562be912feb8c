package dk.almenmonitor.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * P6: classifying 2.000 areas × 15 list years (2010–2024, every regime and the multi-year rules) within 1 s, against a
 * reference in the same run: one pass over the same 30.000 rows comparing one value each with a limit. Run with
 * {@code ./mvnw -Pbench test -Dtest=AreaClassificationBenchmarkTests}; the figures go to
 * {@code target/bench/omraader.txt}.
 */
@Tag("bench")
class AreaClassificationBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(AreaClassificationBenchmarkTests.class);
    private static final int AREAS = 2_000;
    private static final int YEARS = 15;
    private static final int ROUNDS = 20;

    @Test
    void classifiesTwoThousandAreasOverFifteenYearsWithinOneSecond() throws IOException {
        List<CriteriaValues> values = generate(new Random(42));
        long[] classification = new long[ROUNDS];
        long[] reference = new long[ROUNDS];
        long sink = 0;
        int listed = 0;
        BigDecimal limit = new BigDecimal("50");
        for (int round = -5; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            List<Classification> result = Classifier.classify(values);
            long t1 = System.nanoTime();
            int over = 0;
            for (CriteriaValues v : values) {
                if (v.nonWestern() != null && v.nonWestern().compareTo(limit) > 0) {
                    over++;
                }
            }
            long t2 = System.nanoTime();
            listed = (int) result.stream().filter(Classification::listed).count();
            sink += result.size() + over;
            if (round >= 0) {
                classification[round] = t1 - t0;
                reference[round] = t2 - t1;
            }
        }
        double ms = median(classification) / 1e6;
        double refMs = median(reference) / 1e6;
        String line = String.format(java.util.Locale.ROOT,
                "areas=%d years=%d rows=%d listed=%d classification_median_ms=%.2f classification_max_ms=%.2f "
                        + "reference_median_ms=%.3f ratio=%.1f sink=%d%n", AREAS, YEARS, values.size(), listed, ms,
                Arrays.stream(classification).max().orElse(0) / 1e6, refMs, ms / refMs, sink);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/omraader.txt"), line);
        log.info("Area classification benchmark: {}", line.trim());
        assertThat(listed).as("the generated areas reach the lists").isPositive();
        assertThat(ms).as("P6: 2.000 areas × 15 list years").isLessThanOrEqualTo(1000);
    }

    /** Areas drifting around the thresholds, so that every tier and the multi-year rules are exercised. */
    private static List<CriteriaValues> generate(Random random) {
        List<CriteriaValues> out = new ArrayList<>(AREAS * YEARS);
        for (int a = 0; a < AREAS; a++) {
            double nonWestern = 20 + random.nextDouble() * 50;
            double outside = 25 + random.nextDouble() * 25;
            double convicted = 0.5 + random.nextDouble() * 3;
            double basic = 35 + random.nextDouble() * 35;
            double income = 40 + random.nextDouble() * 35;
            int residents = 800 + random.nextInt(5000);
            for (int y = 0; y < YEARS; y++) {
                nonWestern += random.nextGaussian();
                outside += random.nextGaussian();
                convicted = Math.max(0, convicted + random.nextGaussian() * 0.1);
                basic += random.nextGaussian();
                income += random.nextGaussian();
                out.add(new CriteriaValues("A" + a, 2010 + y, residents, d(nonWestern), d(outside), d(convicted),
                        new BigDecimal("1.05"), d(basic), d(income)));
            }
        }
        return out;
    }

    private static BigDecimal d(double value) {
        return BigDecimal.valueOf(Math.round(Math.max(0, Math.min(100, value)) * 10) / 10.0);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
