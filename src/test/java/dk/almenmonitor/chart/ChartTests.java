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

    @Test
    void anEmptyChartSaysSo() {
        assertThat(BarChart.of("x", List.of()).build().hasData()).isFalse();
        assertThat(LineChart.of("x", List.of("a")).series("s", Arrays.asList((Integer) null)).build().hasData()).isFalse();
    }
}
