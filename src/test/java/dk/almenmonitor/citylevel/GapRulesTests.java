package dk.almenmonitor.citylevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class GapRulesTests {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aGapIsPositiveWhenTheAreaIsWorseWhicheverTheDirection() {
        assertThat(GapRules.gap(Criterion.OUTSIDE_LABOUR_MARKET, d("30.5"), d("20.0"))).isEqualByComparingTo("10.5");
        assertThat(GapRules.gap(Criterion.NON_WESTERN, d("12"), d("16"))).as("better than the city").isEqualByComparingTo("-4");
        // Dwelling area: less area per resident is worse, so 33 m² against the city's 40 m² is a gap of +7.
        assertThat(GapRules.gap(Criterion.DWELLING_AREA, d("33"), d("40"))).isEqualByComparingTo("7");
        assertThat(GapRules.gap(Criterion.DWELLING_AREA, d("45"), d("40"))).isEqualByComparingTo("-5");
        assertThat(GapRules.gap(Criterion.LOW_INCOME, null, d("13"))).isNull();
        assertThat(GapRules.gap(Criterion.LOW_INCOME, d("13"), null)).isNull();
    }

    @Test
    void exactlyHalfTheBaselineGapCountsAsHalvedAndAHairMoreDoesNot() {
        assertThat(GapRules.halved(d("5.0"), d("10.0"))).isTrue();
        assertThat(GapRules.halved(d("4.35"), d("8.7"))).as("exact, no rounding").isTrue();
        assertThat(GapRules.halved(d("4.3501"), d("8.7"))).isFalse();
        assertThat(GapRules.halved(d("5.0001"), d("10"))).isFalse();
        assertThat(GapRules.halved(d("-1"), d("10"))).as("better than the city").isTrue();
        assertThat(GapRules.halved(d("9"), d("10"))).isFalse();
        assertThat(GapRules.halved(d("11"), d("10"))).as("grown").isFalse();
        assertThat(GapRules.halvedThreshold(d("8.7"))).isEqualByComparingTo("4.35");
    }

    @Test
    void withoutALagAtBaselineTheCriterionIsHalvedWhileTheAreaStaysAtOrBetterThanTheCity() {
        assertThat(GapRules.halved(d("0"), d("0"))).isTrue();
        assertThat(GapRules.halved(d("-0.5"), d("-2"))).isTrue();
        assertThat(GapRules.halved(d("0.1"), d("-2"))).isFalse();
        assertThat(GapRules.halvedThreshold(d("-2"))).isEqualByComparingTo("0");
    }

    @Test
    void unknownGapsAreNeitherHalvedNorNot() {
        assertThat(GapRules.halved(null, d("10"))).isNull();
        assertThat(GapRules.halved(d("3"), null)).isNull();
    }

    @Test
    void thePolicyIsMetWithAtLeastThreeOfTheFiveCriteriaHalved() {
        List<Boolean> two = Arrays.asList(true, true, false, null, false);
        List<Boolean> three = Arrays.asList(true, true, false, null, true);
        assertThat(GapRules.halvedCount(two)).isEqualTo(2);
        assertThat(GapRules.policyMet(GapRules.halvedCount(two))).isFalse();
        assertThat(GapRules.halvedCount(three)).isEqualTo(3);
        assertThat(GapRules.policyMet(GapRules.halvedCount(three))).isTrue();
        assertThat(GapRules.policyMet(5)).isTrue();
        assertThat(GapRules.policyMet(0)).isFalse();
    }

    @Test
    void criteriaAreKnownByTheirCodes() {
        assertThat(Criterion.of(" Boligareal_pr_beboer ")).contains(Criterion.DWELLING_AREA);
        assertThat(Criterion.of("beboere")).isEmpty();
        assertThat(Criterion.values()).hasSize(5);
        assertThat(Arrays.stream(Criterion.values()).filter(c -> !c.higherIsWorse()).toList())
                .containsExactly(Criterion.DWELLING_AREA);
    }
}
