package dk.almenmonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import dk.almenmonitor.shared.Precision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * P6: evaluating 1.000 targets × 40 periods (rules, projection and the Danish sentence) within 200 ms, measured
 * against a reference in the same run: iterating the same 40.000 observations and summing their values.
 * Run with {@code ./mvnw -Pbench verify}; the figures go to {@code target/bench/indikatorer.txt}.
 */
@Tag("bench")
class IndicatorEvaluationBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(IndicatorEvaluationBenchmarkTests.class);
    private static final int TARGETS = 1_000;
    private static final int PERIODS = 40;
    private static final int ROUNDS = 30;
    private static final LocalDate AS_OF = LocalDate.of(2030, 6, 30);

    private record Case(TargetView target, IndicatorView indicator, boolean cumulative, List<Point> points,
                        BigDecimal baseline) {
    }

    @Test
    void evaluatesEveryTargetWithin200Milliseconds() throws IOException {
        List<Case> cases = generate(new Random(42));
        EvaluationTexts texts = EvaluationTextsTests.texts();
        long[] evaluation = new long[ROUNDS];
        long[] reference = new long[ROUNDS];
        long[] rulesOnly = new long[ROUNDS];
        int sink = 0;
        for (int round = -10; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (Case c : cases) {
                Outcome o = TargetEvaluator.evaluate(c.target(), c.cumulative(), c.points(), c.baseline(), AS_OF);
                sink += texts.explain(c.target(), c.indicator(), o, AS_OF).length();
            }
            long t1 = System.nanoTime();
            BigDecimal sum = BigDecimal.ZERO;
            for (Case c : cases) {
                for (Point p : c.points()) {
                    sum = sum.add(p.value());
                }
            }
            long t2 = System.nanoTime();
            for (Case c : cases) {
                sink += TargetEvaluator.evaluate(c.target(), c.cumulative(), c.points(), c.baseline(), AS_OF).status().ordinal();
            }
            long t3 = System.nanoTime();
            sink += sum.signum();
            if (round >= 0) {
                evaluation[round] = t1 - t0;
                reference[round] = t2 - t1;
                rulesOnly[round] = t3 - t2;
            }
        }
        double evalMs = median(evaluation) / 1e6;
        double refMs = median(reference) / 1e6;
        String result = String.format(java.util.Locale.ROOT,
                "targets=%d periods=%d observations=%d evaluation_median_ms=%.2f evaluation_max_ms=%.2f "
                        + "rules_only_median_ms=%.2f reference_sum_median_ms=%.3f ratio=%.1f sink=%d%n", TARGETS, PERIODS,
                TARGETS * PERIODS, evalMs, Arrays.stream(evaluation).max().orElse(0) / 1e6, median(rulesOnly) / 1e6, refMs,
                evalMs / refMs, sink);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/indikatorer.txt"), result);
        log.info("Indicator evaluation benchmark: {}", result.trim());
        assertThat(evalMs).as("P6: 1.000 targets × 40 periods").isLessThanOrEqualTo(200);
    }

    private static List<Case> generate(Random random) {
        List<Case> cases = new ArrayList<>(TARGETS);
        TargetKind[] kinds = TargetKind.values();
        for (int i = 0; i < TARGETS; i++) {
            TargetKind kind = kinds[i % kinds.length];
            TargetMode mode = i % 2 == 0 ? TargetMode.MAINTAIN : TargetMode.BY_DUE;
            boolean quarterly = i % 3 == 0;
            Precision precision = quarterly ? Precision.QUARTER : Precision.YEAR;
            List<Point> points = new ArrayList<>(PERIODS);
            double level = 100 + random.nextInt(400);
            for (int p = 0; p < PERIODS; p++) {
                LocalDate from = quarterly ? LocalDate.of(2021, 1, 1).plusMonths(3L * p) : LocalDate.of(1991 + p, 1, 1);
                LocalDate to = (quarterly ? from.plusMonths(3) : from.plusYears(1)).minusDays(1);
                level += random.nextGaussian() * 10;
                points.add(new Point(ObservationPeriod.of(from, to, precision),
                        BigDecimal.valueOf(Math.round(level * 10) / 10.0)));
            }
            String value = switch (kind) {
                case CHANGE_FROM_BASELINE -> "-30";
                case COUNT_BY -> String.valueOf(200 * PERIODS);
                default -> String.valueOf((int) level);
            };
            TargetView target = new TargetView(i, "bench-" + i, "", kind, mode, new BigDecimal(value), new BigDecimal("2"),
                    precision, "2025-2035", LocalDate.of(2025, 1, 1), LocalDate.of(2035, 12, 31),
                    kind == TargetKind.COUNT_BY ? LocalDate.of(1991, 1, 1) : null, "2000", null);
            IndicatorView indicator = new IndicatorView("bench-" + i, "Indikator " + i, i % 4 == 0 ? "%" : "boliger", 1,
                    Direction.HIGHER_IS_BETTER, "test", "YEAR", List.of(), false);
            cases.add(new Case(target, indicator, false, points, new BigDecimal("250")));
        }
        return cases;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
