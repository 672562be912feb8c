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

    /** About how wide a category label of 12 px text is, in px, with room on both sides. */
    static double labelWidth(String label) {
        return (label == null ? 0 : label.length()) * 7.0 + 12;
    }

    /**
     * Which of {@code labels}, standing {@code spacing} px apart, are written under the axis so that none overlaps:
     * every k-th from the first, k as small as the widest label allows, and the last one in place of the k-th before
     * it when the two would stand closer than k apart (with room for one label only, the first).
     */
    static boolean[] shownLabels(java.util.List<String> labels, double spacing) {
        int n = labels.size();
        boolean[] shown = new boolean[n];
        if (n == 0) {
            return shown;
        }
        double widest = labels.stream().mapToDouble(Axis::labelWidth).max().orElse(0);
        int every = spacing <= 0 ? n : Math.max(1, (int) Math.ceil(widest / spacing));
        int last = 0;
        for (int c = 0; c < n; c += every) {
            shown[c] = true;
            last = c;
        }
        if (last != n - 1 && last > 0) { // the last moves in for the one before it: still at least k apart
            shown[last] = false;
            shown[n - 1] = true;
        }
        return shown;
    }

    /**
     * The category labels of a bar chart as lines under the axis, {@code spacing} px apart: each on one line when all
     * fit; else a label too wide is broken in two at the space nearest its middle ("7.500 kr." / "og derover"); when
     * even that does not fit, the labels are thinned out as {@link #shownLabels} does (an empty list: not shown).
     */
    static java.util.List<java.util.List<String>> categoryLines(java.util.List<String> labels, double spacing) {
        java.util.List<java.util.List<String>> lines = new ArrayList<>();
        for (String label : labels) {
            lines.add(labelWidth(label) <= spacing ? java.util.List.of(label) : broken(label));
        }
        java.util.List<String> widest = lines.stream().map(l -> l.stream()
                .max(java.util.Comparator.comparingInt(String::length)).orElse("")).toList();
        boolean[] shown = shownLabels(widest, spacing);
        for (int c = 0; c < lines.size(); c++) {
            if (!shown[c]) {
                lines.set(c, java.util.List.of());
            }
        }
        return lines;
    }

    private static java.util.List<String> broken(String label) {
        int middle = label.length() / 2;
        int best = -1;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best < 0 ? java.util.List.of(label)
                : java.util.List.of(label.substring(0, best), label.substring(best + 1));
    }

    static String coordinate(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
