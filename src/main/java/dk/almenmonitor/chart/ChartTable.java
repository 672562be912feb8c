package dk.almenmonitor.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.shared.DanishFormat;

/** A chart's values as a table: the category column's heading, the series' names, and one row per category. */
public record ChartTable(String categoryHeading, List<String> seriesNames, List<Row> rows) {

    public ChartTable {
        seriesNames = List.copyOf(seriesNames);
        rows = List.copyOf(rows);
    }

    /** The values of series over categories, formatted with {@code decimals} ({@code –} where a series has none). */
    static ChartTable of(String categoryHeading, List<String> categories, List<String> seriesNames,
                         List<List<BigDecimal>> series, int decimals) {
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            List<String> values = new ArrayList<>();
            for (List<BigDecimal> s : series) {
                values.add(s.get(c) == null ? "–" : DanishFormat.number(s.get(c), decimals));
            }
            rows.add(new Row(categories.get(c), values));
        }
        return new ChartTable(categoryHeading, seriesNames, rows);
    }

    /** One value per category, as decimals; refused when the counts differ. */
    static List<BigDecimal> values(List<? extends Number> values, List<String> categories) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + categories.size() + " categories");
        }
        return values.stream().map(v -> v == null ? null : new BigDecimal(v.toString())).toList();
    }

    /** A category and its values, formatted ({@code –} where a series has none). */
    public record Row(String category, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }
    }
}
