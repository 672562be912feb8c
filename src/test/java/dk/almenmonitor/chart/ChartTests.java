package dk.almenmonitor.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartTests {

    @Test
    void barsStandOnTheZeroLineWithHeightsInProportion() {
        BarChart.Model chart = BarChart.of("Postnummer", List.of("2100", "2200"))
                .series("Familie", List.of(100, 50)).series("Ungdom", Arrays.asList(25, null))
                .reference(120, "Mål").build();
        assertThat(chart.hasData()).isTrue();
        assertThat(chart.groups()).hasSize(2);
        BarChart.Bar first = chart.groups().get(0).bars().get(0);
        BarChart.Bar half = chart.groups().get(1).bars().get(0);
        assertThat(chart.groups().get(1).bars()).as("no bar for a missing value").hasSize(1);
        double bottom = Double.parseDouble(chart.frame().bottom());
        assertThat(Double.parseDouble(first.y()) + Double.parseDouble(first.height())).isEqualTo(bottom);
        assertThat(Double.parseDouble(half.height()) * 2).isCloseTo(Double.parseDouble(first.height()),
                org.assertj.core.data.Offset.offset(0.2));
        assertThat(first.label()).isEqualTo("100");
        assertThat(chart.table().rows().get(1).values()).containsExactly("50", "–");
        assertThat(Integer.parseInt(chart.yTicks().get(chart.yTicks().size() - 1).label()))
                .as("the axis reaches the reference").isBetween(120, 150);
        assertThat(Double.parseDouble(chart.reference().y())).isLessThan(Double.parseDouble(first.y()));
    }

    @Test
    void aLineHasAPointPerValueAndDanishLabels() {
        LineChart.Model chart = LineChart.of("Opgørelsesdato", List.of("1.1.2016", "31.12.2016", "1.1.2018"))
                .series("Andel", Arrays.asList(20.2, 19.9, null)).decimals(1).reference(20, "Mål: 20 %").build();
        LineChart.Series line = chart.series().get(0);
        assertThat(line.dots()).hasSize(2);
        assertThat(line.dots().get(0).label()).isEqualTo("20,2");
        assertThat(line.points().split(" ")).hasSize(2);
        assertThat(Double.parseDouble(line.dots().get(0).y())).as("higher value, higher on the page")
                .isLessThan(Double.parseDouble(line.dots().get(1).y()));
        assertThat(chart.xTicks()).extracting(BarChart.Tick::label).containsExactly("1.1.2016", "31.12.2016", "1.1.2018");
    }

    /** Eleven cut-off dates (10 characters) on the stock page's 720 px line chart overlapped; now every other shows. */
    @Test
    void longCategoryLabelsAreThinnedOutSoNoneOverlapAndTheLastStays() {
        List<String> dates = new java.util.ArrayList<>();
        for (int year = 2015; year <= 2025; year++) {
            dates.add("01.01." + year);
        }
        List<Double> values = dates.stream().map(d -> 20.0).toList();
        LineChart.Model line = LineChart.of("Dato", dates).series("Andel", values).build();
        assertNoOverlap(line.xTicks().stream().map(t -> new double[] {Double.parseDouble(t.pos()), width(t.label())})
                .toList());
        assertThat(line.xTicks()).extracting(BarChart.Tick::label).startsWith("01.01.2015").endsWith("01.01.2025")
                .hasSizeLessThan(dates.size());
        assertThat(line.series().get(0).dots()).as("every value keeps its dot").hasSize(11);

        List<String> postalCodes = new java.util.ArrayList<>();
        for (int code = 2100; code < 2100 + 40 * 10; code += 10) {
            postalCodes.add(String.valueOf(code));
        }
        BarChart.Model bars = BarChart.of("Postnummer", postalCodes)
                .series("Boliger", postalCodes.stream().map(c -> 5).toList()).build();
        List<BarChart.Group> labelled = bars.groups().stream().filter(g -> !g.lines().isEmpty()).toList();
        assertThat(labelled).hasSizeBetween(2, postalCodes.size() - 1);
        assertThat(labelled.get(labelled.size() - 1).lines()).containsExactly("2490");
        assertNoOverlap(labelled.stream().map(g -> new double[] {Double.parseDouble(g.labelX()), width(g.label())})
                .toList());
        assertThat(bars.groups()).as("every bar is still drawn").allMatch(g -> g.bars().size() == 1);

        assertThat(BarChart.of("År", List.of("2015", "2016", "2017")).series("s", List.of(1, 2, 3)).build().groups())
                .as("short labels all show").allMatch(g -> g.lines().equals(List.of(g.label())));

        // The rent page's six bands: a label too wide for its slot is broken in two at a space, none left out.
        List<String> bands = List.of("under 3.500 kr.", "3.500–4.499 kr.", "4.500–5.499 kr.", "5.500–6.499 kr.",
                "6.500–7.499 kr.", "7.500 kr. og derover");
        List<BarChart.Group> banded = BarChart.of("Interval", bands).series("s", List.of(1, 2, 3, 4, 5, 6)).build()
                .groups();
        assertThat(banded).allMatch(g -> !g.lines().isEmpty());
        assertThat(banded.get(5).lines()).containsExactly("7.500 kr.", "og derover");
        assertNoOverlap(banded.stream().map(g -> new double[] {Double.parseDouble(g.labelX()),
                g.lines().stream().mapToDouble(ChartTests::width).max().orElse(0)}).toList());
    }

    private static double width(String label) {
        return label.length() * 7.0; // 12 px text, about 7 px a character
    }

    private static void assertNoOverlap(List<double[]> centresAndWidths) {
        for (int i = 1; i < centresAndWidths.size(); i++) {
            double[] a = centresAndWidths.get(i - 1);
            double[] b = centresAndWidths.get(i);
            assertThat(b[0] - b[1] / 2).as("label %d starts after label %d ends", i, i - 1)
                    .isGreaterThan(a[0] + a[1] / 2);
        }
    }

    @Test
    void anEmptyChartSaysSo() {
        assertThat(BarChart.of("x", List.of()).build().hasData()).isFalse();
        assertThat(LineChart.of("x", List.of("a")).series("s", Arrays.asList((Integer) null)).build().hasData()).isFalse();
    }
}
