package dk.almenmonitor.indicator;

import java.util.List;

/**
 * A line chart ready for the SVG template: every coordinate is already in the chart's user units (as text with a
 * decimal point), so the template only places elements. {@code hasData}: at least one value to draw. Empty lists and null shapes are simply not drawn.
 */
record ChartModel(int width, int height, Frame frame, List<Tick> xTicks, List<Tick> yTicks, List<Series> series,
                  Rect band, Line target, Rect due, Line projection, Dot projected, String targetLabel,
                  String dueLabel, boolean hasData) {

    /** The plot area. */
    record Frame(String left, String right, String top, String bottom, String tickX) {
    }

    record Tick(String pos, String label) {
    }

    /**
     * One line; {@code index} picks its colour ({@code cssClass} for the line, {@code swatchClass} for the legend —
     * given here because "__" in a Thymeleaf attribute would be read as a preprocessing expression).
     */
    record Series(int index, String name, String points, List<Dot> dots) {
        public String cssClass() {
            return "chart__series chart__series--" + index;
        }

        public String swatchClass() {
            return "chart__swatch chart__swatch--" + index;
        }
    }

    record Dot(String x, String y, String label) {
    }

    /** {@code middle}: the horizontal centre, where a label over the rectangle goes. */
    record Rect(String x, String y, String width, String height, String middle) {
    }

    record Line(String x1, String y1, String x2, String y2) {
    }
}
