package dk.almenmonitor.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.shared.DanishFormat;

/**
 * A grouped bar chart: categories along the x axis (postal codes, years, classes), one bar per series in each
 * (housing types, stages), an optional reference line (a goal such as 2.000 dwellings, or a median). Build it with
 * {@link #of}, add series and a reference, and hand the result to {@code chart/chart :: bar(...)}.
 */
public final class BarChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    static final double LEFT = 64;
    static final double RIGHT = WIDTH - 16;
    static final double TOP = 24;
    static final double BOTTOM = HEIGHT - 48;

    /** The plot area and where the y tick labels stand. */
    public record Frame(String left, String right, String top, String bottom, String tickX) {
    }

    public record Tick(String pos, String label) {
    }

    /** One bar; {@code cssClass} gives its series' colour, {@code label} its value as text. */
    public record Bar(String x, String y, String width, String height, String labelX, String cssClass, String label,
                      String title) {
    }

    /**
     * A category: its label, the label's lines under the axis (one or two; none where labels are thinned out so they
     * do not overlap) and its bars.
     */
    public record Group(String label, List<String> lines, String labelX, List<Bar> bars) {
    }

    public record Legend(String name, String swatchClass) {
    }

    public record Reference(String y, String label) {
    }

    /** What the fragment draws: all coordinates ready as SVG attribute text. */
    public record Model(int width, int height, Frame frame, List<Tick> yTicks, List<Group> groups,
                        List<Legend> legend, Reference reference, ChartTable table, boolean hasData) {
    }

    private final List<String> categories;
    private final String categoryHeading;
    private final List<String> seriesNames = new ArrayList<>();
    private final List<List<BigDecimal>> series = new ArrayList<>();
    private int decimals;
    private BigDecimal reference;
    private String referenceLabel;

    private BarChart(String categoryHeading, List<String> categories) {
        this.categoryHeading = categoryHeading;
        this.categories = List.copyOf(categories);
    }

    /** A chart over these categories; {@code categoryHeading} heads the category column of the table. */
    public static BarChart of(String categoryHeading, List<String> categories) {
        return new BarChart(categoryHeading, categories);
    }

    /** A series: one value per category, in their order (null where it has none). */
    public BarChart series(String name, List<? extends Number> values) {
        seriesNames.add(name);
        series.add(ChartTable.values(values, categories));
        return this;
    }

    /** How many decimals the value labels and the table show (0 by default). */
    public BarChart decimals(int count) {
        this.decimals = count;
        return this;
    }

    /** A horizontal reference line at {@code value}, labelled (a goal, a median). */
    public BarChart reference(Number value, String label) {
        this.reference = value == null ? null : new BigDecimal(value.toString());
        this.referenceLabel = label;
        return this;
    }

    public Model build() {
        double low = 0;
        double high = 0;
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
            high = Math.max(high, reference.doubleValue());
            low = Math.min(low, reference.doubleValue());
        }
        Axis axis = Axis.of(low, high);
        List<Tick> ticks = axis.ticks().stream()
                .map(t -> new Tick(Axis.coordinate(axis.position(t, BOTTOM, TOP)), axis.label(t))).toList();
        int n = Math.max(1, categories.size());
        double slot = (RIGHT - LEFT) / n;
        double groupWidth = slot * 0.8;
        double barWidth = groupWidth / Math.max(1, series.size());
        double zero = axis.position(0, BOTTOM, TOP);
        List<Group> groups = new ArrayList<>();
        List<List<String>> lines = Axis.categoryLines(categories, slot);
        for (int c = 0; c < categories.size(); c++) {
            double start = LEFT + slot * c + (slot - groupWidth) / 2;
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = series.get(s).get(c);
                if (value == null) {
                    continue;
                }
                double y = axis.position(value.doubleValue(), BOTTOM, TOP);
                String text = DanishFormat.number(value, decimals);
                double x = start + barWidth * s;
                double width = Math.max(1, barWidth - 2);
                bars.add(new Bar(Axis.coordinate(x), Axis.coordinate(Math.min(y, zero)), Axis.coordinate(width),
                        Axis.coordinate(Math.abs(zero - y)), Axis.coordinate(x + width / 2),
                        "chart__bar chart__bar--" + (s % 6), categories.size() * series.size() <= 24 ? text : null,
                        seriesNames.get(s) + ", " + categories.get(c) + ": " + text));
            }
            groups.add(new Group(categories.get(c), lines.get(c), Axis.coordinate(LEFT + slot * c + slot / 2), bars));
        }
        List<Legend> legend = new ArrayList<>();
        for (int s = 0; s < seriesNames.size(); s++) {
            legend.add(new Legend(seriesNames.get(s), "chart__swatch chart__swatch--" + (s % 6)));
        }
        Reference line = reference == null ? null
                : new Reference(Axis.coordinate(axis.position(reference.doubleValue(), BOTTOM, TOP)), referenceLabel);
        return new Model(WIDTH, HEIGHT, frame(), ticks, groups, legend, line, table(), hasData);
    }

    static Frame frame() {
        return new Frame(Axis.coordinate(LEFT), Axis.coordinate(RIGHT), Axis.coordinate(TOP), Axis.coordinate(BOTTOM),
                Axis.coordinate(LEFT - 8));
    }

    private ChartTable table() {
        return ChartTable.of(categoryHeading, categories, seriesNames, series, decimals);
    }
}
