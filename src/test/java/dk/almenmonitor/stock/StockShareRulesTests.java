package dk.almenmonitor.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The counting rules of docs/domain.md §10, without a database. */
class StockShareRulesTests {

    @Test
    void onlyDwellingUsesWithStatusSixOrSevenCount() {
        for (int use : List.of(110, 120, 121, 122, 131, 132, 140, 150, 160, 190)) {
            assertThat(BbrUnitRules.dwelling(use, 6)).as("use %d", use).isTrue();
            assertThat(BbrUnitRules.dwelling(use, 7)).as("use %d", use).isTrue();
            assertThat(BbrUnitRules.dwelling(use, 10)).as("Slettet").isFalse();
            assertThat(BbrUnitRules.dwelling(use, 11)).as("Fejlregistreret").isFalse();
            assertThat(BbrUnitRules.dwelling(use, 3)).as("projected").isFalse();
        }
        assertThat(BbrUnitRules.dwelling(185, 7)).as("an annex is not a dwelling of its own").isFalse();
        assertThat(BbrUnitRules.dwelling(310, 7)).as("not housing").isFalse();
    }

    @Test
    void almenBySupportAndByTheOwnerOnlyWhenTheSupportIsMissing() {
        for (int support : List.of(10, 25, 40, 42)) {
            assertThat(BbrUnitRules.almen(support, null)).isTrue();
            assertThat(BbrUnitRules.almen(support, 10)).isTrue();
        }
        for (int support : List.of(0, 15, 20, 30, 80)) {
            assertThat(BbrUnitRules.almen(support, 20)).as("a given support beats owner 20").isFalse();
        }
        assertThat(BbrUnitRules.almen(null, 20)).isTrue();
        assertThat(BbrUnitRules.almen(null, 10)).isFalse();
        assertThat(BbrUnitRules.almen(null, null)).isFalse();
        assertThat(BbrUnitRules.kind(185, 7, 10, 20)).isEqualTo(BbrUnitRules.Kind.NOT_COUNTED);
        assertThat(BbrUnitRules.kind(140, 11, 10, 20)).isEqualTo(BbrUnitRules.Kind.NOT_COUNTED);
        assertThat(BbrUnitRules.kind(140, 7, 0, 20)).isEqualTo(BbrUnitRules.Kind.DWELLING);
        assertThat(BbrUnitRules.kind(150, 6, 42, null)).isEqualTo(BbrUnitRules.Kind.ALMEN);
    }

    @Test
    void theShareHasOneDecimalHalfUp() {
        assertThat(BbrUnitRules.sharePct(5, 11)).isEqualByComparingTo("45.5");
        assertThat(BbrUnitRules.sharePct(1, 8)).isEqualByComparingTo("12.5");
        assertThat(BbrUnitRules.sharePct(59_600, 295_000)).isEqualByComparingTo("20.2");
        assertThat(BbrUnitRules.sharePct(1, 0)).isNull();
        assertThat(BbrUnitRules.municipality(101)).isEqualTo("0101");
        assertThat(BbrUnitRules.municipality(0)).isNull();
    }

    @Test
    void bol101TakesTheTotalsOfABreakdownWhenTheYearHasThemElseTheSum() {
        // BEBO and EJER present, the other breakdowns left out of the download (they count as their totals).
        boolean[] present = {true, false, false, false};
        Bol101Table table = new Bol101Table(present, "Almene boligselskaber");
        // 2020: no totals: sum of both occupancies and of every owner; one suppressed cell.
        table.add(2020, row("Beboede boliger"), "Almene boligselskaber", 100L);
        table.add(2020, row("Ubeboede boliger"), "Almene boligselskaber", 10L);
        table.add(2020, row("Beboede boliger"), "Privatpersoner inkl. I/S", 300L);
        table.add(2020, row("Ubeboede boliger"), "Privatpersoner inkl. I/S", null);
        // 2021: occupancy total and owner total: the detail rows are in them already.
        table.add(2021, row("I alt"), "Almene boligselskaber", 120L);
        table.add(2021, row("Beboede boliger"), "Almene boligselskaber", 110L);
        table.add(2021, row("I alt"), "I alt", 480L);
        table.add(2021, row("I alt"), "Privatpersoner inkl. I/S", 360L);
        table.add(2021, row("Beboede boliger"), "I alt", 400L);

        assertThat(table.almenSeen()).isTrue();
        assertThat(table.figures()).containsExactly(new Bol101Table.YearFigure(2020, 110, 410, 1),
                new Bol101Table.YearFigure(2021, 120, 480, 0));
    }

    @Test
    void bol101KnowsTheMunicipalityByNameOrCode() {
        Bol101Dataset dataset = new Bol101Dataset(null, null, "0101", "København", "Almene boligselskaber", 10, 10);
        assertThat(List.of("København", "københavn", "101", "0101", "101 København")).allMatch(dataset::ours);
        assertThat(List.of("Frederiksberg", "147", "1010", "Hele landet", "101 Frederiksberg")).noneMatch(dataset::ours);
        assertThat(Bol101Table.total("I alt")).isTrue();
        assertThat(Bol101Table.total("Almene boligselskaber")).isFalse();
    }

    private static List<String> row(String occupancy) {
        return Arrays.asList(occupancy, null, null, null);
    }
}
