package dk.almenmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines, expected fulfilment and status sentences as written in the seed sheet and memo (Q1 2017). */
class DanishPeriodParserSeedTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. halvdel 2015                                                     | 2015-01-01 | 2015-06-30 | 1. halvdel 2015
            1. halvdel 2016                                                     | 2016-01-01 | 2016-06-30 | 1. halvdel 2016
            2015                                                                | 2015-01-01 | 2015-12-31 | 2015
            2015 / 2016                                                         | 2015-01-01 | 2016-12-31 | 2015 / 2016
            2015-2016                                                           | 2015-01-01 | 2016-12-31 | 2015-2016
            2015-2017                                                           | 2015-01-01 | 2017-12-31 | 2015-2017
            2015-2018                                                           | 2015-01-01 | 2018-12-31 | 2015-2018
            Inden 2018                                                          |            | 2017-12-31 | Inden 2018
            I 2017                                                              | 2017-01-01 | 2017-12-31 | 2017
            Forventes indfriet sommeren 2017                                    | 2017-06-01 | 2017-08-31 | sommeren 2017
            Afhængig af grundudbuddet i 2017 forventes målsætningen indfriet i 2. halvdel af 2017. | 2017-07-01 | 2017-12-31 | 2. halvdel af 2017
            Målet fastsættes ultimo 2016/primo 2017.                            | 2016-10-01 | 2017-03-31 | ultimo 2016/primo 2017
            Målet fastsættes medio 2017.                                        | 2017-05-01 | 2017-08-31 | medio 2017
            Borgerrepræsentationen godkendte rammeaftalen den 10/12-15.         | 2015-12-10 | 2015-12-10 | 10/12-15
            TMU har 31/10-16 vedtaget at forsøgsområderne hjemtages             | 2016-10-31 | 2016-10-31 | 31/10-16
            forsøgsområderne hjemtages til forvaltningen pr. 1/7-2017.          | 2017-07-01 | 2017-07-01 | 1/7-2017
            At der inden midten af 2015 udarbejdes en samlet model              |            | 2015-04-30 | inden midten af 2015
            forventes målet at være indfriet 1. kvartal 2017.                   | 2017-01-01 | 2017-03-31 | 1. kvartal 2017
            Det kan oplyses, at der pr. 22.11.2016 er 3.305 familieboliger      | 2016-11-22 | 2016-11-22 | 22.11.2016
            Opgjort den 19. januar 2017                                         | 2017-01-19 | 2017-01-19 | 19. januar 2017
            BL og KK afholder en workshop ultimo januar 2017 med boligorganisationerne | 2017-01-21 | 2017-01-31 | ultimo januar 2017
            næste statusrapport udsendes primo februar 2017.                    | 2017-02-01 | 2017-02-10 | primo februar 2017
            fremlægges for Samarbejdsforum på mødet inden sommer 2017.          |            | 2017-05-31 | inden sommer 2017
            I 1. halvår 2016 var der i alt 141 udsættelser.                     | 2016-01-01 | 2016-06-30 | 1. halvår 2016
            vil stige i 2. halvår 2016 og 1. halvår 2017.                       | 2017-01-01 | 2017-06-30 | 1. halvår 2017
            i perioden 2013-15 er indgået i alt 813 uddannelsesaftaler          | 2013-01-01 | 2015-12-31 | 2013-15
            Den 5. april 2016 modtog TMF tilsagn om 20 mio. kr.                 | 2016-04-05 | 2016-04-05 | 5. april 2016
            Der forventes at ligge handlingsplaner i løbet af 2017. Disse implementeres løbende. | 2017-01-01 | 2017-12-31 | 2017
            Status pr. 1. kvartal 2017                                          | 2017-01-01 | 2017-03-31 | 1. kvartal 2017
            """)
    void readsTheSeedsExpressions(String text, LocalDate from, LocalDate to, String matched) {
        ParsedPeriod p = DanishPeriodParser.parse(text);

        assertThat(p.found()).isTrue();
        assertThat(p.from()).isEqualTo(from);
        assertThat(p.to()).isEqualTo(to);
        assertThat(p.matched()).isEqualTo(matched);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Indarbejdes løbende i nybyggeriprojekter i byudviklingsområder
            Uændret
            Indtænkes
            Hensigsterklæring
            Materialet vil ligge på www.kk.dk/fortove ultimo december/primo januar
            """)
    void findsNoPeriodWhereTheSeedHasNone(String text) {
        assertThat(DanishPeriodParser.parse(text).found()).isFalse();
    }

    @Test
    void readsExpressionsBrokenOverLines() {
        ParsedPeriod beforeHoliday = DanishPeriodParser.parse(
                "behandles af Borgerrepræsentationen inden \nsommerferien 2017.        ");
        ParsedPeriod firstHalf = DanishPeriodParser.parse("færdigt i løbet af første \nhalvår af 2017.   ");

        assertThat(beforeHoliday.from()).isNull();
        assertThat(beforeHoliday.to()).isEqualTo("2017-06-30");
        assertThat(beforeHoliday.matched()).isEqualTo("inden \nsommerferien 2017");
        assertThat(firstHalf.from()).isEqualTo("2017-01-01");
        assertThat(firstHalf.to()).isEqualTo("2017-06-30");
        assertThat(firstHalf.precision()).isEqualTo(Precision.HALF_YEAR);
    }
}
