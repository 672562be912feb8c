package dk.almenmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DanishPeriodParserTests {

    /** One line per form in docs/domain.md §1's table; an empty from/to is an open end. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2017                      | 2017-01-01 | 2017-12-31 | YEAR       | 2017
            I 2017                    | 2017-01-01 | 2017-12-31 | YEAR       | 2017
            i løbet af 2017           | 2017-01-01 | 2017-12-31 | YEAR       | 2017
            2015-2018                 | 2015-01-01 | 2018-12-31 | MULTI_YEAR | 2015-2018
            2015 - 2018               | 2015-01-01 | 2018-12-31 | MULTI_YEAR | 2015 - 2018
            2015-18                   | 2015-01-01 | 2018-12-31 | MULTI_YEAR | 2015-18
            2015 / 2016               | 2015-01-01 | 2016-12-31 | MULTI_YEAR | 2015 / 2016
            2015/2016                 | 2015-01-01 | 2016-12-31 | MULTI_YEAR | 2015/2016
            1. halvdel 2015           | 2015-01-01 | 2015-06-30 | HALF_YEAR  | 1. halvdel 2015
            1. halvår 2015            | 2015-01-01 | 2015-06-30 | HALF_YEAR  | 1. halvår 2015
            første halvår 2015        | 2015-01-01 | 2015-06-30 | HALF_YEAR  | første halvår 2015
            2. halvdel af 2017        | 2017-07-01 | 2017-12-31 | HALF_YEAR  | 2. halvdel af 2017
            2. halvår 2017            | 2017-07-01 | 2017-12-31 | HALF_YEAR  | 2. halvår 2017
            andet halvår 2017         | 2017-07-01 | 2017-12-31 | HALF_YEAR  | andet halvår 2017
            1. kvartal 2017           | 2017-01-01 | 2017-03-31 | QUARTER    | 1. kvartal 2017
            1. kvt. 2017              | 2017-01-01 | 2017-03-31 | QUARTER    | 1. kvt. 2017
            Q1 2017                   | 2017-01-01 | 2017-03-31 | QUARTER    | Q1 2017
            2017K1                    | 2017-01-01 | 2017-03-31 | QUARTER    | 2017K1
            2017-Q1                   | 2017-01-01 | 2017-03-31 | QUARTER    | 2017-Q1
            4. kvartal 2016           | 2016-10-01 | 2016-12-31 | QUARTER    | 4. kvartal 2016
            januar 2017               | 2017-01-01 | 2017-01-31 | MONTH      | januar 2017
            jan. 2017                 | 2017-01-01 | 2017-01-31 | MONTH      | jan. 2017
            februar 2016              | 2016-02-01 | 2016-02-29 | MONTH      | februar 2016
            marts 2017                | 2017-03-01 | 2017-03-31 | MONTH      | marts 2017
            april 2017                | 2017-04-01 | 2017-04-30 | MONTH      | april 2017
            maj 2017                  | 2017-05-01 | 2017-05-31 | MONTH      | maj 2017
            juni 2017                 | 2017-06-01 | 2017-06-30 | MONTH      | juni 2017
            juli 2017                 | 2017-07-01 | 2017-07-31 | MONTH      | juli 2017
            august 2017               | 2017-08-01 | 2017-08-31 | MONTH      | august 2017
            september 2017            | 2017-09-01 | 2017-09-30 | MONTH      | september 2017
            oktober 2017              | 2017-10-01 | 2017-10-31 | MONTH      | oktober 2017
            november 2017             | 2017-11-01 | 2017-11-30 | MONTH      | november 2017
            december 2017             | 2017-12-01 | 2017-12-31 | MONTH      | december 2017
            feb. 2017                 | 2017-02-01 | 2017-02-28 | MONTH      | feb. 2017
            sep. 2017                 | 2017-09-01 | 2017-09-30 | MONTH      | sep. 2017
            sept. 2017                | 2017-09-01 | 2017-09-30 | MONTH      | sept. 2017
            okt. 2017                 | 2017-10-01 | 2017-10-31 | MONTH      | okt. 2017
            dec. 2017                 | 2017-12-01 | 2017-12-31 | MONTH      | dec. 2017
            primo 2017                | 2017-01-01 | 2017-03-31 | FUZZY      | primo 2017
            medio 2017                | 2017-05-01 | 2017-08-31 | FUZZY      | medio 2017
            ultimo 2017               | 2017-10-01 | 2017-12-31 | FUZZY      | ultimo 2017
            midten af 2015            | 2015-05-01 | 2015-08-31 | FUZZY      | midten af 2015
            primo marts 2017          | 2017-03-01 | 2017-03-10 | FUZZY      | primo marts 2017
            medio marts 2017          | 2017-03-11 | 2017-03-20 | FUZZY      | medio marts 2017
            ultimo marts 2017         | 2017-03-21 | 2017-03-31 | FUZZY      | ultimo marts 2017
            ultimo februar 2016       | 2016-02-21 | 2016-02-29 | FUZZY      | ultimo februar 2016
            foråret 2017              | 2017-03-01 | 2017-05-31 | FUZZY      | foråret 2017
            sommeren 2017             | 2017-06-01 | 2017-08-31 | FUZZY      | sommeren 2017
            efteråret 2017            | 2017-09-01 | 2017-11-30 | FUZZY      | efteråret 2017
            forår 2017                | 2017-03-01 | 2017-05-31 | FUZZY      | forår 2017
            sommer 2017               | 2017-06-01 | 2017-08-31 | FUZZY      | sommer 2017
            efterår 2017              | 2017-09-01 | 2017-11-30 | FUZZY      | efterår 2017
            vinteren 2016/17          | 2016-12-01 | 2017-02-28 | FUZZY      | vinteren 2016/17
            sommerferien 2017         | 2017-07-01 | 2017-08-10 | FUZZY      | sommerferien 2017
            Inden 2018                |            | 2017-12-31 | FUZZY      | Inden 2018
            før 2018                  |            | 2017-12-31 | FUZZY      | før 2018
            inden udgangen af 2017    |            | 2017-12-31 | FUZZY      | inden udgangen af 2017
            senest ultimo 2017        |            | 2017-12-31 | FUZZY      | senest ultimo 2017
            senest 1. juli 2017       |            | 2017-07-01 | FUZZY      | senest 1. juli 2017
            inden 1. juli 2017        |            | 2017-07-01 | FUZZY      | inden 1. juli 2017
            1. juli 2017              | 2017-07-01 | 2017-07-01 | DAY        | 1. juli 2017
            01.07.2017                | 2017-07-01 | 2017-07-01 | DAY        | 01.07.2017
            1/7-2017                  | 2017-07-01 | 2017-07-01 | DAY        | 1/7-2017
            10/12-15                  | 2015-12-10 | 2015-12-10 | DAY        | 10/12-15
            ultimo 2016/primo 2017    | 2016-10-01 | 2017-03-31 | FUZZY      | ultimo 2016/primo 2017
            """)
    void readsEveryFormOfTheTable(String text, LocalDate from, LocalDate to, Precision precision, String matched) {
        ParsedPeriod p = DanishPeriodParser.parse(text);

        assertThat(p).isEqualTo(new ParsedPeriod(text, true, from, to, precision, matched));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"løbende", "Løbende", "indtænkes", "Indtænkes", "uændret", "Uændret", "   ",
            "ultimo december/primo januar", "Hensigtserklæring.", "3.305 familieboliger og 1.257 ungdomsboliger"})
    void findsNoPeriodInTextWithoutOne(String text) {
        assertThat(DanishPeriodParser.parse(text)).isEqualTo(ParsedPeriod.notFound(text));
        assertThat(DanishPeriodParser.findAll(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1. HALVDEL 2015", "Første Halvår 2015", "FØRSTE HALVÅR 2015", "1. Halvår af 2015"})
    void ignoresCase(String text) {
        ParsedPeriod p = DanishPeriodParser.parse(text);

        assertThat(p.from()).isEqualTo("2015-01-01");
        assertThat(p.to()).isEqualTo("2015-06-30");
        assertThat(p.matched()).isEqualTo(text);
    }

    @Test
    void leavesNoiseAndTrailingPunctuationOutOfTheMatch() {
        assertThat(DanishPeriodParser.parse("Forventes indfriet i løbet af 2017.").matched()).isEqualTo("2017");
        assertThat(DanishPeriodParser.parse("Status pr. 1. kvartal 2017:").matched()).isEqualTo("1. kvartal 2017");
        assertThat(DanishPeriodParser.parse("(sommeren 2017)").matched()).isEqualTo("sommeren 2017");
        assertThat(DanishPeriodParser.parse("senest pr. 1. juli 2017!").matched()).isEqualTo("senest pr. 1. juli 2017");
    }

    @Test
    void primaryIsTheNarrowestExpression() {
        ParsedPeriod p = DanishPeriodParser.parse("I perioden 2015-2018, dog 1. kvartal 2016 og i 2017");

        assertThat(p.matched()).isEqualTo("1. kvartal 2016");
        assertThat(p.precision()).isEqualTo(Precision.QUARTER);
        assertThat(DanishPeriodParser.parse("senest 1. juli 2017, dvs. i 2017").matched()).isEqualTo("2017");
        assertThat(DanishPeriodParser.parse("2015-2018 eller 2015-2016").matched()).isEqualTo("2015-2016");
        assertThat(DanishPeriodParser.parse("ultimo januar 2017 eller januar 2017").matched())
                .isEqualTo("ultimo januar 2017");
    }

    @Test
    void amongEquallyNarrowThePrimaryIsTheLatest() {
        assertThat(DanishPeriodParser.parse("2. kvartal 2017 eller 1. kvartal 2017").matched())
                .isEqualTo("2. kvartal 2017");
        assertThat(DanishPeriodParser.parse("2018 eller 2017").matched()).isEqualTo("2018");
        // a quarter (90 days) and a season (92 days) are equally narrow: the later one wins
        assertThat(DanishPeriodParser.parse("sommeren 2017 eller 1. kvartal 2017").matched())
                .isEqualTo("sommeren 2017");
        assertThat(DanishPeriodParser.parse("Inden 2018 eller før 2017").to()).isEqualTo("2017-12-31");
    }

    @Test
    void findsEveryExpressionInOrder() {
        List<ParsedPeriod> all = DanishPeriodParser.findAll(
                "Afhængig af grundudbuddet i 2017 forventes målsætningen indfriet i 2. halvdel af 2017.");

        assertThat(all).extracting(ParsedPeriod::matched).containsExactly("2017", "2. halvdel af 2017");
        assertThat(all).extracting(ParsedPeriod::precision).containsExactly(Precision.YEAR, Precision.HALF_YEAR);
        assertThat(all).allSatisfy(p -> assertThat(p.text()).startsWith("Afhængig"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10/12-15   | 2015-12-10
            31/10-16   | 2016-10-31
            1/7-17     | 2017-07-01
            19.01.17   | 2017-01-19
            2015-16    | 2015-01-01
            """)
    void readsTwoDigitYearsAs20xx(String text, LocalDate from) {
        assertThat(DanishPeriodParser.parse(text).from()).isEqualTo(from);
        assertThat(DanishPeriodParser.parse("2015-16").to()).isEqualTo("2016-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/2-2017", "29/2-17", "30.02.2016", "0/1-2017", "1/13-2017", "32. januar 2017",
            "2017-02-30", "2017-13-01", "2018-2015"})
    void skipsImpossibleDatesWithoutReadingTheirYear(String text) {
        assertThat(DanishPeriodParser.parse(text).found()).isFalse();
    }

    @Test
    void keepsReadingAfterAnImpossibleDate() {
        ParsedPeriod p = DanishPeriodParser.parse("Mødet 31/2-2017 blev flyttet til 1. kvartal 2017");

        assertThat(p.matched()).isEqualTo("1. kvartal 2017");
        assertThat(DanishPeriodParser.parse("29/2-16").from()).isEqualTo("2016-02-29");
    }

    @Test
    void readsInsideNumbersNeitherYearsNorDates() {
        assertThat(DanishPeriodParser.parse("12.2017,5 mio. kr.").found()).isFalse();
        assertThat(DanishPeriodParser.parse("ca. 20175 boliger").found()).isFalse();
        assertThat(DanishPeriodParser.parse("år 1850 og 2150").found()).isFalse();
    }

    @Test
    void inForAYearIsTheYearAndBeforeASeasonEndsBeforeItStarts() {
        assertThat(DanishPeriodParser.parse("inden for 2017").precision()).isEqualTo(Precision.YEAR);
        ParsedPeriod p = DanishPeriodParser.parse("på mødet inden sommer 2017");
        assertThat(p.from()).isNull();
        assertThat(p.to()).isEqualTo("2017-05-31");
    }

    @Test
    void neverThrowsOnHugeText() {
        String huge = "Status 2016: uændret, ".repeat(50_000) + "1. kvartal 2017";

        ParsedPeriod p = DanishPeriodParser.parse(huge);

        assertThat(p.matched()).isEqualTo("1. kvartal 2017");
        assertThat(DanishPeriodParser.findAll(huge)).hasSize(50_001);
    }
}
