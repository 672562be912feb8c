package dk.almenmonitor.chart;

import java.util.List;

/** A chart's values as a table: the category column's heading, the series' names, and one row per category. */
public record ChartTable(String categoryHeading, List<String> seriesNames, List<Row> rows) {

    public ChartTable {
        seriesNames = List.copyOf(seriesNames);
        rows = List.copyOf(rows);
    }

    /** A category and its values, formatted ({@code –} where a series has none). */
    public record Row(String category, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }
    }
}
