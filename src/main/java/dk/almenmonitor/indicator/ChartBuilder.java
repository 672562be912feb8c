package dk.almenmonitor.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.almenmonitor.indicator.ChartModel.Dot;
import dk.almenmonitor.indicator.ChartModel.Frame;
import dk.almenmonitor.indicator.ChartModel.Line;
import dk.almenmonitor.indicator.ChartModel.Rect;
import dk.almenmonitor.indicator.ChartModel.Tick;

/**
 * Lays out a time-series line chart: series of dated values, an optional target line with its tolerance band, the
 * due period and a projection. Scales are linear in days (x) and values (y); y ticks are "nice" numbers.
 */
final class ChartBuilder {

    /** A dated value with its Danish label. */
    record Value(LocalDate at, double value, String label) {
    }

    record SeriesInput(String name, List<Value> values) {
    }

    /** The target level, the band's other edge (level ∓ tolerance; equal when there is none), and the due period. */
    record TargetInput(double level, double bandEdge, String label, LocalDate dueFrom, LocalDate dueTo, String dueLabel) {
    }

    private static final int LEFT = 64;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 36;

    private final int width;
    private final int height;

    ChartBuilder(int width, int height) {
        this.width = width;
        this.height = height;
    }

    ChartModel build(List<SeriesInput> series, TargetInput target, Value projectedFrom, Value projected, boolean labels) {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        series.forEach(s -> s.values().forEach(v -> { dates.add(v.at()); ys.add(v.value()); }));
        if (target != null) {
            ys.add(target.level());
            ys.add(target.bandEdge());
            if (target.dueFrom() != null) {
                dates.add(target.dueFrom());
            }
            dates.add(target.dueTo());
        }
        if (projected != null) {
            dates.add(projected.at());
            ys.add(projected.value());
        }
        if (dates.isEmpty()) {
            return new ChartModel(width, height, frame(), List.of(), List.of(), List.of(), null, null, null, null, null,
                    null, null, false);
        }
        int firstYear = dates.stream().min(LocalDate::compareTo).orElseThrow().getYear();
        int lastYear = dates.stream().max(LocalDate::compareTo).orElseThrow().getYear() + 1;
        double x0 = LocalDate.of(firstYear, 1, 1).toEpochDay();
        double x1 = LocalDate.of(lastYear, 1, 1).toEpochDay();
        double[] yRange = niceRange(ys.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                ys.stream().mapToDouble(Double::doubleValue).max().orElse(1));
        Scale sx = new Scale(x0, x1, LEFT, width - RIGHT);
        Scale sy = new Scale(yRange[0], yRange[1], height - BOTTOM, TOP);

        List<Tick> xTicks = new ArrayList<>();
        int step = Math.max(1, (lastYear - firstYear + 9) / 10);
        for (int y = firstYear; y <= lastYear; y += step) {
            xTicks.add(new Tick(f(sx.at(LocalDate.of(y, 1, 1).toEpochDay())), String.valueOf(y)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double v = yRange[0]; v <= yRange[1] + yRange[2] / 2; v += yRange[2]) {
            yTicks.add(new Tick(f(sy.at(v)), dk.almenmonitor.shared.DanishFormat.number(v, decimals(yRange[2]))));
        }
        List<ChartModel.Series> shapes = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            List<Dot> dots = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (Value v : series.get(i).values()) {
                String x = f(sx.at(v.at().toEpochDay()));
                String y = f(sy.at(v.value()));
                dots.add(new Dot(x, y, labels ? v.label() : null));
                points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
            }
            shapes.add(new ChartModel.Series(i % 4, series.get(i).name(), points.toString(), dots));
        }
        Rect band = null;
        Line targetLine = null;
        Rect due = null;
        if (target != null) {
            double top = sy.at(Math.max(target.level(), target.bandEdge()));
            double bottom = sy.at(Math.min(target.level(), target.bandEdge()));
            band = bottom - top < 0.5 ? null : new Rect(f(LEFT), f(top), f(width - RIGHT - LEFT), f(bottom - top),
                    f((LEFT + width - RIGHT) / 2.0));
            targetLine = new Line(f(LEFT), f(sy.at(target.level())), f(width - RIGHT), f(sy.at(target.level())));
            if (target.dueFrom() != null) {
                double a = sx.at(target.dueFrom().toEpochDay());
                double b = sx.at(target.dueTo().plusDays(1).toEpochDay());
                due = new Rect(f(a), f(TOP), f(b - a), f(height - BOTTOM - TOP), f((a + b) / 2));
            }
        }
        Line projection = null;
        Dot projectedDot = null;
        if (projected != null && projectedFrom != null) {
            projection = new Line(f(sx.at(projectedFrom.at().toEpochDay())), f(sy.at(projectedFrom.value())),
                    f(sx.at(projected.at().toEpochDay())), f(sy.at(projected.value())));
            projectedDot = new Dot(projection.x2(), projection.y2(), projected.label());
        }
        return new ChartModel(width, height, frame(), xTicks, yTicks, shapes, band, targetLine, due, projection,
                projectedDot, target == null ? null : target.label(), target == null ? null : target.dueLabel(),
                series.stream().anyMatch(s -> !s.values().isEmpty()));
    }

    private Frame frame() {
        return new Frame(f(LEFT), f(width - RIGHT), f(TOP), f(height - BOTTOM), f(LEFT - 8));
    }

    /** [min, max, step] covering the values with about five nice steps (1, 2 or 5 × 10^n). */
    static double[] niceRange(double min, double max) {
        if (max - min < 1e-9) {
            double pad = Math.max(1, Math.abs(max) * 0.1);
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude <= 1 ? magnitude : raw / magnitude <= 2 ? 2 * magnitude
                : raw / magnitude <= 5 ? 5 * magnitude : 10 * magnitude;
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        if (min >= 0 && lo < 0) {
            lo = 0;
        }
        return new double[] {lo, hi, step};
    }

    private static int decimals(double step) {
        return step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private record Scale(double d0, double d1, double r0, double r1) {
        double at(double v) {
            return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
        }
    }
}
