package dk.almenmonitor.opcost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dk.almenmonitor.shared.RequestRefused;
import org.junit.jupiter.api.Test;

/** The comparison bands (docs/domain.md §15) at their edges, and the year parameter of the API and the page. */
class OperatingCostRulesTests {

    @Test
    void sizeBandsAreHalfOpenByDwellings() {
        assertThat(ComparableBands.sizeBand(1)).isEqualTo("under-50");
        assertThat(ComparableBands.sizeBand(49)).isEqualTo("under-50");
        assertThat(ComparableBands.sizeBand(50)).isEqualTo("50-199");
        assertThat(ComparableBands.sizeBand(199)).isEqualTo("50-199");
        assertThat(ComparableBands.sizeBand(200)).isEqualTo("200-499");
        assertThat(ComparableBands.sizeBand(499)).isEqualTo("200-499");
        assertThat(ComparableBands.sizeBand(500)).isEqualTo("500-plus");
        assertThat(ComparableBands.sizeBand(null)).isEqualTo("unknown");
        assertThat(ComparableBands.sizeBand(0)).as("no dwellings known").isEqualTo("unknown");
    }

    @Test
    void yearBuiltBandsAreHalfOpen() {
        assertThat(ComparableBands.builtBand(1890)).isEqualTo("before-1945");
        assertThat(ComparableBands.builtBand(1944)).isEqualTo("before-1945");
        assertThat(ComparableBands.builtBand(1945)).isEqualTo("1945-1969");
        assertThat(ComparableBands.builtBand(1969)).isEqualTo("1945-1969");
        assertThat(ComparableBands.builtBand(1970)).isEqualTo("1970-1989");
        assertThat(ComparableBands.builtBand(1990)).isEqualTo("1990-2009");
        assertThat(ComparableBands.builtBand(2009)).isEqualTo("1990-2009");
        assertThat(ComparableBands.builtBand(2010)).isEqualTo("2010-plus");
        assertThat(ComparableBands.builtBand(null)).isEqualTo("unknown");
    }

    @Test
    void theYearIsFourDigitsWithinRangeAndImported() {
        List<Integer> years = List.of(2022, 2023);
        assertThat(YearParameter.resolve(null, years)).isEqualTo(2023);
        assertThat(YearParameter.resolve(" 2022 ", years)).isEqualTo(2022);
        assertThatThrownBy(() -> YearParameter.resolve("20x2", years)).isInstanceOfSatisfying(RequestRefused.class,
                r -> assertThat(r.status()).isEqualTo(400));
        assertThatThrownBy(() -> YearParameter.resolve("2".repeat(1000), years))
                .isInstanceOfSatisfying(RequestRefused.class, r -> assertThat(r.status()).isEqualTo(400));
        assertThatThrownBy(() -> YearParameter.resolve("1899", years)).isInstanceOfSatisfying(RequestRefused.class,
                r -> assertThat(r.status()).isEqualTo(400));
        assertThatThrownBy(() -> YearParameter.resolve("2021", years)).isInstanceOfSatisfying(RequestRefused.class,
                r -> assertThat(r.status()).isEqualTo(404));
        assertThatThrownBy(() -> YearParameter.resolve(null, List.of())).isInstanceOfSatisfying(RequestRefused.class,
                r -> assertThat(r.status()).isEqualTo(404));
    }
}
