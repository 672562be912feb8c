package dk.almenmonitor.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.shared.DanishFormat;

/** A value axis from a round lower bound to a round upper one, with about five ticks labelled in Danish. */
record Axis(double min, double max, List<Double> ticks, int decimals) {

    static Axis of(double lowest, double highest) {
        double low = Math.min(0, lowest);
        double high = Math.max(highest, low + 1e-9);
        if (high == low) {
            high = low + 1;
        }
        double step = niceStep((high - low) / 5);
        double min = Math.floor(low / step) * step;
        double max = Math.ceil(high / step) * step;
        if (max <= min) {
            max = min + step;
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = min; t <= max + step / 2; t += step) {
            ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
        }
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return new Axis(min, max, ticks, decimals);
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** The position of {@code value} between {@code bottom} (at min) and {@code top} (at max). */
    double position(double value, double bottom, double top) {
        return bottom - (value - min) / (max - min) * (bottom - top);
    }

    String label(double value) {
        return DanishFormat.number(BigDecimal.valueOf(value), decimals);
    }

    static String coordinate(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
