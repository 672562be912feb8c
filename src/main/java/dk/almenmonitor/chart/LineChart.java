package dk.almenmonitor.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.shared.DanishFormat;

/**
 * A line chart over ordered categories (cut-off dates, years): one line per series, a dot per value, an optional
 * horizontal reference line (a goal such as 20 % or 457). Build it with {@link #of}, add series, hand the result to
 * {@code chart/chart :: lineChart(...)}.
 */
public final class LineChart {

    public record Dot(String x, String y, String label) {
    }

    /** A line: its points as SVG {@code points} text, its dots, and the classes of its colour. */
    public record Series(String name, String points, List<Dot> dots, String cssClass, String swatchClass) {
    }

    /** What the fragment draws: all coordinates ready as SVG attribute text. */
    public record Model(int width, int height, BarChart.Frame frame, List<BarChart.Tick> xTicks,
                        List<BarChart.Tick> yTicks, List<Series> series, BarChart.Reference reference,
                        ChartTable table, boolean hasData) {
    }

    private final String categoryHeading;
    private final List<String> categories;
    private final List<String> names = new ArrayList<>();
    private final List<List<BigDecimal>> series = new ArrayList<>();
    private int decimals;
    private BigDecimal reference;
    private String referenceLabel;

    private LineChart(String categoryHeading, List<String> categories) {
        this.categoryHeading = categoryHeading;
        this.categories = List.copyOf(categories);
    }

    public static LineChart of(String categoryHeading, List<String> categories) {
        return new LineChart(categoryHeading, categories);
    }

    /** A series: one value per category, in their order (null where it has none). */
    public LineChart series(String name, List<? extends Number> values) {
        names.add(name);
        series.add(ChartTable.values(values, categories));
        return this;
    }

    public LineChart decimals(int count) {
        this.decimals = count;
        return this;
    }

    public LineChart reference(Number value, String label) {
        this.reference = value == null ? null : new BigDecimal(value.toString());
        this.referenceLabel = label;
        return this;
    }

    public Model build() {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        boolean hasData = false;
        for (List<BigDecimal> values : series) {
            for (BigDecimal v : values) {
                if (v != null) {
                    hasData = true;
                    low = Math.min(low, v.doubleValue());
                    high = Math.max(high, v.doubleValue());
                }
            }
        }
        if (reference != null) {
            low = Math.min(low, reference.doubleValue());
            high = Math.max(high, reference.doubleValue());
        }
        if (!hasData && reference == null) {
            low = 0;
            high = 1;
        }
        Axis axis = Axis.of(low, high);
        double left = BarChart.LEFT + 16;
        double right = BarChart.RIGHT - 16;
        int n = categories.size();
        double step = n > 1 ? (right - left) / (n - 1) : 0;
        List<BarChart.Tick> xTicks = new ArrayList<>();
        boolean[] shown = Axis.shownLabels(categories, n > 1 ? step : right - left);
        for (int c = 0; c < n; c++) {
            if (shown[c]) {
                xTicks.add(new BarChart.Tick(Axis.coordinate(n > 1 ? left + step * c : (left + right) / 2),
                        categories.get(c)));
            }
        }
        List<BarChart.Tick> yTicks = axis.ticks().stream().map(t -> new BarChart.Tick(
                Axis.coordinate(axis.position(t, BarChart.BOTTOM, BarChart.TOP)), axis.label(t))).toList();
        List<Series> lines = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            List<Dot> dots = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int c = 0; c < n; c++) {
                BigDecimal v = series.get(s).get(c);
                if (v == null) {
                    continue;
                }
                String x = Axis.coordinate(n > 1 ? left + step * c : (left + right) / 2);
                String y = Axis.coordinate(axis.position(v.doubleValue(), BarChart.BOTTOM, BarChart.TOP));
                points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
                dots.add(new Dot(x, y, n <= 12 ? DanishFormat.number(v, decimals) : null));
            }
            lines.add(new Series(names.get(s), points.toString(), dots, "chart__series chart__series--" + (s % 6),
                    "chart__swatch chart__swatch--" + (s % 6)));
        }
        BarChart.Reference line = reference == null ? null : new BarChart.Reference(
                Axis.coordinate(axis.position(reference.doubleValue(), BarChart.BOTTOM, BarChart.TOP)), referenceLabel);
        return new Model(BarChart.WIDTH, BarChart.HEIGHT, BarChart.frame(), xTicks, yTicks, lines, line, table(),
                hasData);
    }

    private ChartTable table() {
        return ChartTable.of(categoryHeading, categories, names, series, decimals);
    }
}
