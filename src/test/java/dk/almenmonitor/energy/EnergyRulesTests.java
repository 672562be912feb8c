package dk.almenmonitor.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/** The rules of docs/domain.md §12, without Spring. */
class EnergyRulesTests {

    @Test
    void twoClassesCountAsTheWorse() {
        assertThat(LabelClass.parse("C/D")).contains(LabelClass.D);
        assertThat(LabelClass.parse("d / c")).contains(LabelClass.D);
        assertThat(LabelClass.parse("F/E")).contains(LabelClass.F);
        assertThat(LabelClass.parse("A2020/B")).contains(LabelClass.B);
        assertThat(LabelClass.parse("a2015")).contains(LabelClass.A2015);
        assertThat(LabelClass.parse("A")).as("A alone is no class since 2010").isEmpty();
        assertThat(LabelClass.parse("C/")).isEmpty();
        assertThat(LabelClass.parse("H")).isEmpty();
        assertThat(LabelClass.E.eOrWorse()).isTrue();
        assertThat(LabelClass.G.eOrWorse()).isTrue();
        assertThat(LabelClass.D.eOrWorse()).isFalse();
        assertThat(LabelClass.parse("D/E").orElseThrow().eOrWorse()).as("D/E is E").isTrue();
    }

    @Test
    void degreeDayNormalisationByHand() {
        BigDecimal h = new BigDecimal("0.25");
        // A normal year: the factor is 1.
        assertThat(HeatNormalisation.factor(new BigDecimal("3112"), h)).isEqualByComparingTo("1");
        // A mild year of 2.800 degree days: 0,75 × 3112 / 2800 + 0,25 = 0,83357142857… + 0,25 = 1,08357142857…
        assertThat(HeatNormalisation.factor(new BigDecimal("2800"), h).setScale(6, RoundingMode.HALF_UP))
                .isEqualByComparingTo("1.083571");
        // 1.200 MWh on 10.000 m² is 120 kWh/m², normalised 130,03.
        BigDecimal factor = HeatNormalisation.factor(new BigDecimal("2800"), h);
        assertThat(HeatNormalisation.kwhPerM2(new BigDecimal("1200"), new BigDecimal("10000"), factor)
                .setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("130.03");
        // A cold year of 3.500: 0,75 × 3112 / 3500 + 0,25 = 0,666857… + 0,25 = 0,916857…
        assertThat(HeatNormalisation.factor(new BigDecimal("3500"), h).setScale(6, RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.916857");
        // All hot water (h = 1): the weather does not matter.
        assertThat(HeatNormalisation.factor(new BigDecimal("2000"), BigDecimal.ONE)).isEqualByComparingTo("1");
        assertThat(HeatNormalisation.factor(null, h)).isNull();
    }
}
