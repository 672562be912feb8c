package dk.almenmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DanishFormatTests {

    @Test
    void formatsNumbersTheDanishWay() {
        assertThat(DanishFormat.number(1234.5, 1)).isEqualTo("1.234,5");
        assertThat(DanishFormat.number(1234567.891, 2)).isEqualTo("1.234.567,89");
        assertThat(DanishFormat.number(20, 1)).isEqualTo("20,0");
        assertThat(DanishFormat.number(new BigDecimal("857"), 0)).isEqualTo("857");
        assertThat(DanishFormat.number(-1234.5, 1)).isEqualTo("-1.234,5");
    }

    @Test
    void roundsHalfUp() {
        assertThat(DanishFormat.number(2.25, 1)).isEqualTo("2,3");
        assertThat(DanishFormat.number(0.05, 1)).isEqualTo("0,1");
        assertThat(DanishFormat.percent(19.95, 1)).isEqualTo("20,0 %");
    }

    @Test
    void formatsIntegersAndPercentages() {
        assertThat(DanishFormat.integer(1648)).isEqualTo("1.648");
        assertThat(DanishFormat.integer(575_000)).isEqualTo("575.000");
        assertThat(DanishFormat.integer(538)).isEqualTo("538");
        assertThat(DanishFormat.percent(20.2, 1)).isEqualTo("20,2 %");
        assertThat(DanishFormat.percent(19.9, 1)).isEqualTo("19,9 %");
    }

    @Test
    void givesEmptyTextForNothing() {
        assertThat(DanishFormat.number(null, 1)).isEmpty();
        assertThat(DanishFormat.number(Double.NaN, 1)).isEmpty();
        assertThat(DanishFormat.percent(Double.POSITIVE_INFINITY, 1)).isEmpty();
        assertThat(DanishFormat.date(null)).isEmpty();
        assertThat(DanishFormat.shortDate(null)).isEmpty();
    }

    @Test
    void formatsDates() {
        assertThat(DanishFormat.date(LocalDate.of(2017, 1, 1))).isEqualTo("1. januar 2017");
        assertThat(DanishFormat.date(LocalDate.of(2016, 11, 22))).isEqualTo("22. november 2016");
        assertThat(DanishFormat.shortDate(LocalDate.of(2017, 1, 19))).isEqualTo("19.01.2017");
    }

    @Test
    void formatsParsedPeriods() {
        assertThat(DanishFormat.period(DanishPeriodParser.parse("1. halvdel 2015")))
                .isEqualTo("1. januar 2015 – 30. juni 2015");
        assertThat(DanishFormat.period(DanishPeriodParser.parse("Inden 2018"))).isEqualTo("… – 31. december 2017");
        assertThat(DanishFormat.period(DanishPeriodParser.parse("10/12-15"))).isEqualTo("10. december 2015");
        assertThat(DanishFormat.period(DanishPeriodParser.parse("løbende"))).isEmpty();
        assertThat(DanishFormat.period(null)).isEmpty();
        assertThat(DanishFormat.interval(LocalDate.of(2018, 1, 1), null)).isEqualTo("1. januar 2018 – …");
    }
}
