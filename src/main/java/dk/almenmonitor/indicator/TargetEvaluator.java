package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.indicator.Outcome.Projected;
import dk.almenmonitor.indicator.Outcome.Reason;
import dk.almenmonitor.shared.Precision;

/**
 * The evaluation rules (docs/domain.md §4), free of Spring and the database.
 * <ul>
 * <li>Only observations whose period has ended on the evaluation date count ("known as of"), and only those of the
 * target's precision and dimension (the caller passes just those, sorted by period end).</li>
 * <li>{@code MAINTAIN}: the latest observation inside the target's period decides: MET, MET_WITHIN_TOLERANCE or
 * NOT_MET.</li>
 * <li>{@code BY_DUE} after the due period has ended (the evaluation date is on or after its last day): the latest
 * observation inside the due period decides; none there is NO_DATA. Before: the latest value (for {@code COUNT_BY}
 * the linear projection of the cumulative series to the due date) satisfying the target (tolerance included) is
 * ON_TRACK, else OFF_TRACK. A cumulative count that has already reached its target is MET (counts do not go back).</li>
 * <li>The cumulative series of {@code COUNT_BY} starts at 0 on the count's start date; over a non-cumulative
 * indicator it is the running sum of the values from that date.</li>
 * <li>Projection: a least-squares line through every known point (the start point included for counts), evaluated
 * at the due period (its end for counts and daily values, else the middle of its last period of the target's
 * precision), when there are at least two points and the period has not ended.</li>
 * </ul>
 */
final class TargetEvaluator {

    private static final int SCALE = 6;

    private TargetEvaluator() {
    }

    /** One point of the measured series: its observation, x position and raw (or cumulative) value. */
    private record Measured(Point point, LocalDate x, BigDecimal raw) {
    }

    static Outcome evaluate(TargetView t, boolean cumulative, List<Point> points, BigDecimal baseline, LocalDate asOf) {
        if (t.kind() == TargetKind.CHANGE_FROM_BASELINE && (baseline == null || baseline.signum() == 0)) {
            return Outcome.noData(Reason.NO_BASELINE, baseline);
        }
        List<Measured> series = series(t, cumulative, points, asOf);
        boolean ended = !asOf.isBefore(t.periodTo());
        if (t.mode() == TargetMode.MAINTAIN || ended) {
            Measured last = null;
            LocalDate start = t.kind() == TargetKind.COUNT_BY ? t.countStart() : t.periodFrom();
            for (Measured m : series) {
                ObservationPeriod p = m.point().period();
                if ((start == null || !p.from().isBefore(start)) && !p.to().isAfter(t.periodTo())) {
                    last = m;
                }
            }
            if (last == null) {
                return Outcome.noData(series.isEmpty() ? Reason.NO_OBSERVATIONS : Reason.NO_VALUE_IN_DUE_PERIOD, baseline);
            }
            BigDecimal measured = measure(t, last.raw(), baseline);
            Projected projection = ended ? null : project(t, series, baseline);
            return new Outcome(judge(t, measured), Reason.JUDGED, last.point(), measured, baseline, projection, false);
        }
        if (series.isEmpty()) {
            return Outcome.noData(Reason.NO_OBSERVATIONS, baseline);
        }
        Measured last = series.get(series.size() - 1);
        BigDecimal measured = measure(t, last.raw(), baseline);
        Projected projection = project(t, series, baseline);
        EvaluationStatus now = judge(t, measured);
        if (t.kind() == TargetKind.COUNT_BY) {
            if (now != EvaluationStatus.NOT_MET) {
                return new Outcome(now, Reason.REACHED_EARLY, last.point(), measured, baseline, projection, false);
            }
            boolean onTrack = projection != null && judge(t, projection.measured()) != EvaluationStatus.NOT_MET;
            return new Outcome(onTrack ? EvaluationStatus.ON_TRACK : EvaluationStatus.OFF_TRACK, Reason.JUDGED,
                    last.point(), measured, baseline, projection, projection != null);
        }
        EvaluationStatus status = now == EvaluationStatus.NOT_MET ? EvaluationStatus.OFF_TRACK : EvaluationStatus.ON_TRACK;
        return new Outcome(status, Reason.JUDGED, last.point(), measured, baseline, projection, false);
    }

    /** MET when the value satisfies the target, MET_WITHIN_TOLERANCE when it does so only with the tolerance. */
    static EvaluationStatus judge(TargetView t, BigDecimal measured) {
        if (higherIsRequired(t)) {
            return measured.compareTo(t.value()) >= 0 ? EvaluationStatus.MET
                    : measured.compareTo(t.value().subtract(t.tolerance())) >= 0
                    ? EvaluationStatus.MET_WITHIN_TOLERANCE : EvaluationStatus.NOT_MET;
        }
        return measured.compareTo(t.value()) <= 0 ? EvaluationStatus.MET
                : measured.compareTo(t.value().add(t.tolerance())) <= 0
                ? EvaluationStatus.MET_WITHIN_TOLERANCE : EvaluationStatus.NOT_MET;
    }

    static boolean higherIsRequired(TargetView t) {
        return switch (t.kind()) {
            case AT_LEAST, COUNT_BY -> true;
            case AT_MOST -> false;
            case CHANGE_FROM_BASELINE -> t.value().signum() >= 0;
        };
    }

    /** The change in percent from the baseline for CHANGE_FROM_BASELINE, else the value itself. */
    static BigDecimal measure(TargetView t, BigDecimal raw, BigDecimal baseline) {
        if (t.kind() != TargetKind.CHANGE_FROM_BASELINE) {
            return raw;
        }
        return raw.subtract(baseline).multiply(BigDecimal.valueOf(100)).divide(baseline, SCALE, RoundingMode.HALF_UP);
    }

    private static List<Measured> series(TargetView t, boolean cumulative, List<Point> points, LocalDate asOf) {
        List<Measured> series = new ArrayList<>(points.size());
        boolean count = t.kind() == TargetKind.COUNT_BY;
        LocalDate start = count ? t.countStart() : null;
        BigDecimal sum = BigDecimal.ZERO;
        for (Point p : points) {
            ObservationPeriod period = p.period();
            if (period.to().isAfter(asOf) || start != null && period.from().isBefore(start)) {
                continue;
            }
            if (!count) {
                series.add(new Measured(p, period.representative(), p.value()));
            } else {
                sum = cumulative ? p.value() : sum.add(p.value());
                series.add(new Measured(p, period.to(), sum));
            }
        }
        return series;
    }

    private static Projected project(TargetView t, List<Measured> series, BigDecimal baseline) {
        List<double[]> xy = new ArrayList<>(series.size() + 1);
        boolean count = t.kind() == TargetKind.COUNT_BY;
        if (count && t.countStart() != null && (series.isEmpty() || series.get(0).x().isAfter(t.countStart()))) {
            xy.add(new double[] {t.countStart().toEpochDay(), 0});
        }
        for (Measured m : series) {
            xy.add(new double[] {m.x().toEpochDay(), m.raw().doubleValue()});
        }
        LocalDate at = count || t.precision() == Precision.DAY ? t.periodTo()
                : ObservationPeriod.lastEndingBy(t.periodTo(), t.precision()).representative();
        Double y = LinearTrend.valueAt(xy, at.toEpochDay());
        if (y == null) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(y).setScale(SCALE, RoundingMode.HALF_UP);
        return new Projected(at, value, measure(t, value, baseline), xy.size());
    }
}
