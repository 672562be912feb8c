package dk.almenmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class QuarterTests {

    @Test
    void parsesTheIsoForm() {
        assertThat(Quarter.parse("2017-Q1")).contains(new Quarter(2017, 1));
        assertThat(Quarter.parse(" 2016-Q4 ")).contains(new Quarter(2016, 4));
        assertThat(Quarter.parse("2017-Q5")).isEmpty();
        assertThat(Quarter.parse("2017K1")).isEmpty();
        assertThat(Quarter.parse(null)).isEmpty();
    }

    @Test
    void findsTheDanishFormInASheetHeader() {
        assertThat(Quarter.findDanish("Status - 1. kvartal 2017")).contains(new Quarter(2017, 1));
        assertThat(Quarter.findDanish("Status - 4. Kvartal 2016")).contains(new Quarter(2016, 4));
        assertThat(Quarter.findDanish("Status")).isEqualTo(Optional.empty());
    }

    @Test
    void knowsItsDaysAndNeighbours() {
        Quarter q = new Quarter(2016, 1);

        assertThat(q.firstDay()).isEqualTo("2016-01-01");
        assertThat(q.lastDay()).isEqualTo("2016-03-31");
        assertThat(new Quarter(2017, 4).lastDay()).isEqualTo("2017-12-31");
        assertThat(q.previous()).isEqualTo(new Quarter(2015, 4));
        assertThat(new Quarter(2016, 4).next()).isEqualTo(new Quarter(2017, 1));
        assertThat(Quarter.of(LocalDate.of(2017, 8, 15))).isEqualTo(new Quarter(2017, 3));
    }

    @Test
    void writesDanishAndIso() {
        assertThat(new Quarter(2017, 1).danish()).isEqualTo("1. kvartal 2017");
        assertThat(new Quarter(2017, 1)).hasToString("2017-Q1");
    }

    @Test
    void ordersByYearThenQuarter() {
        assertThat(new Quarter(2016, 4)).isLessThan(new Quarter(2017, 1));
        assertThat(new Quarter(2017, 2)).isGreaterThan(new Quarter(2017, 1));
    }

    @Test
    void rejectsImpossibleQuarters() {
        assertThatThrownBy(() -> new Quarter(2017, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quarter(1800, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearsOutsideTheRangeAreNotQuartersWhenParsed() {
        for (String text : new String[] {"0000-Q1", "1899-Q4", "2100-Q1", "3000-Q1", "9999-Q4"}) {
            assertThat(Quarter.parse(text)).as(text).isEmpty();
        }
        assertThat(Quarter.parse("1900-Q1")).contains(new Quarter(1900, 1));
        assertThat(Quarter.parse("2099-Q4")).contains(new Quarter(2099, 4));
        assertThat(Quarter.findDanish("Status - 1. kvartal 3000")).isEmpty();
        assertThat(Quarter.findDanish("Status - 1. kvartal 0000")).isEmpty();
        assertThatThrownBy(() -> new Quarter(2100, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Quarter(2099, 4).next()).isEqualTo(new Quarter(2099, 4));
        assertThat(new Quarter(1900, 1).previous()).isEqualTo(new Quarter(1900, 1));
    }

    @Test
    void agreesWithThePeriodParser() {
        Quarter q = new Quarter(2017, 3);
        ParsedPeriod p = DanishPeriodParser.parse(q.toString());

        assertThat(p.from()).isEqualTo(q.firstDay());
        assertThat(p.to()).isEqualTo(q.lastDay());
        assertThat(DanishPeriodParser.parse(q.danish()).from()).isEqualTo(q.firstDay());
    }
}
