package dk.almenmonitor.opcost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dk.almenmonitor.chart.BarChart;

/**
 * The page's charts: per size band, the quartiles of the chosen measure in each year-built band as three bars, with
 * the sector median as the reference line; and, for those who see departments (at most {@link #MAX_DEPARTMENTS}),
 * each department's total kr./m² beside its group's median.
 */
final class BenchmarkCharts {

    static final int MAX_DEPARTMENTS = 40;

    /** A chart with its title and description (for the SVG's title and desc). */
    record Chart(String id, String title, String description, BarChart.Model model) {
    }

    private BenchmarkCharts() {
    }

    /** One chart per size band present; {@code text} resolves a message key with arguments. */
    static List<Chart> quartiles(BenchmarkView b, CostMeasure measure, Text text) {
        Map<String, List<BenchmarkView.GroupView>> bySize = new LinkedHashMap<>();
        b.groups().forEach(g -> bySize.computeIfAbsent(g.sizeBand(), k -> new ArrayList<>()).add(g));
        BigDecimal sectorMedian = b.sector() == null ? null : b.sector().byCategory().get(measure.key()).median();
        String measureName = text.get(measure.labelKey());
        List<Chart> charts = new ArrayList<>();
        for (Map.Entry<String, List<BenchmarkView.GroupView>> size : bySize.entrySet()) {
            List<BenchmarkView.GroupView> groups = size.getValue();
            List<String> categories = groups.stream()
                    .map(g -> text.get("opcost.builtShort." + g.builtBand())).toList();
            BarChart chart = BarChart.of(text.get("opcost.col.built"), categories)
                    .series(text.get("opcost.col.q1"), values(groups, measure, BenchmarkView.Quartiles::q1))
                    .series(text.get("opcost.col.median"), values(groups, measure, BenchmarkView.Quartiles::median))
                    .series(text.get("opcost.col.q3"), values(groups, measure, BenchmarkView.Quartiles::q3))
                    .decimals(0);
            if (sectorMedian != null) {
                chart.reference(sectorMedian, text.get("opcost.chart.sectorMedian"));
            }
            String sizeName = text.get(ComparableBands.sizeLabelKey(size.getKey()));
            charts.add(new Chart("kvartiler-" + size.getKey(), text.get("opcost.chart.quartiles", sizeName, measureName),
                    text.get("opcost.chart.quartilesDesc", sizeName, measureName), chart.build()));
        }
        return charts;
    }

    /** The departments against their group's median, or null when there are none or too many for a chart. */
    static Chart departments(BenchmarkView b, Text text) {
        if (b.departments() == null || b.departments().isEmpty() || b.departments().size() > MAX_DEPARTMENTS) {
            return null;
        }
        List<String> categories = b.departments().stream()
                .map(d -> d.organisationNo() + "-" + d.departmentNo()).toList();
        BarChart chart = BarChart.of(text.get("opcost.col.department"), categories)
                .series(text.get("opcost.chart.department"), b.departments().stream()
                        .map(d -> d.costsPerM2().get(CostMeasure.TOTAL.key())).toList())
                .series(text.get("opcost.col.groupMedian"), b.departments().stream()
                        .map(BenchmarkView.DepartmentView::groupMedianPerM2).toList())
                .decimals(0);
        return new Chart("afdelinger-graf", text.get("opcost.chart.departments"),
                text.get("opcost.chart.departmentsDesc"), chart.build());
    }

    private static List<BigDecimal> values(List<BenchmarkView.GroupView> groups, CostMeasure measure,
                                           Function<BenchmarkView.Quartiles, BigDecimal> which) {
        return groups.stream().map(g -> which.apply(g.byCategory().get(measure.key()))).toList();
    }

    /** Danish texts by message key. */
    interface Text {
        String get(String key, Object... args);
    }
}
