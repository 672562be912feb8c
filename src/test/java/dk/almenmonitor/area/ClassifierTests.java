package dk.almenmonitor.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rule sets of DOMAIN.md §4 at their edges: strict and inclusive thresholds, the multi-year rules, the regimes. */
class ClassifierTests {

    /** An area's values: residents, non-western, outside, convicted %, national convicted %, basic education, income. */
    static CriteriaValues v(int year, Integer residents, String nonWestern, String outside, String convicted,
                            String national, String basic, String income) {
        return new CriteriaValues("A", year, residents, d(nonWestern), d(outside), d(convicted), d(national), d(basic),
                d(income));
    }

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static Category category(CriteriaValues values) {
        return Classifier.classify(RuleSets.forYear(values.year()).orElseThrow(), values, Map.of()).category();
    }

    static Map<Integer, Category> history(List<CriteriaValues> years) {
        Map<Integer, Category> out = new HashMap<>();
        Classifier.classify(years).forEach(c -> out.put(c.year(), c.category()));
        return out;
    }

    @Test
    void theRuleSetIsChosenByListYear() {
        assertThat(RuleSets.forYear(2009)).isEmpty();
        assertThat(RuleSets.forYear(2010).orElseThrow().code()).isEqualTo("2010-2012");
        assertThat(RuleSets.forYear(2012).orElseThrow().code()).isEqualTo("2010-2012");
        assertThat(RuleSets.forYear(2013).orElseThrow().code()).isEqualTo("2013-2017");
        assertThat(RuleSets.forYear(2017).orElseThrow().code()).isEqualTo("2013-2017");
        assertThat(RuleSets.forYear(2018).orElseThrow().code()).isEqualTo("2018-2020");
        assertThat(RuleSets.forYear(2020).orElseThrow().code()).isEqualTo("2018-2020");
        assertThat(RuleSets.forYear(2021).orElseThrow().code()).isEqualTo("2021-");
        assertThat(RuleSets.forYear(2035).orElseThrow().code()).isEqualTo("2021-");
    }

    @Test
    void list2010NeedsTwoOfThreeStrictly() {
        // non-western > 50, outside > 40, convicted > 2,70 % (270 per 10.000)
        assertThat(category(v(2011, 1000, "50.1", "40.1", null, null, null, null))).isEqualTo(Category.GHETTO);
        assertThat(category(v(2011, 1000, "50.0", "40.1", "2.70", null, null, null))).isNull();
        assertThat(category(v(2011, 1000, "50.0", "40.1", "2.71", null, null, null))).isEqualTo(Category.GHETTO);
        assertThat(category(v(2011, 999, "80", "80", "9", null, null, null))).as("999 residents").isNull();
    }

    @Test
    void list2013To2017NeedsThreeOfFiveAndIsRenamedIn2015() {
        CriteriaValues three = v(2013, 1000, "50.1", "40.1", "2.71", null, "50.0", "55.0");
        assertThat(category(three)).isEqualTo(Category.UDSAT);
        assertThat(category(v(2015, 1000, "50.1", "40.1", "2.71", null, "50.0", "55.0"))).isEqualTo(Category.GHETTO);
        assertThat(category(v(2014, 1000, "50.0", "40.1", "2.71", null, "50.0", "55.0")))
                .as("50,0 % is not more than 50 %; income 55,0 is not below 55").isNull();
        assertThat(category(v(2014, 1000, "50.0", "40.0", "2.70", null, "50.1", "54.9")))
                .as("two of five").isNull();
        assertThat(category(v(2016, 1000, "10", "40.01", "2.70", null, "50.1", "54.9")))
                .isEqualTo(Category.GHETTO);
        assertThat(category(v(2016, 999, "90", "90", "9", null, "90", "10"))).as("999 is below 1.000").isNull();
        assertThat(category(v(2016, null, "90", "90", "9", null, "90", "10"))).as("residents missing").isNull();
        assertThat(category(v(2016, 1000, null, null, "9", null, "90", "10"))).as("missing values are not met")
                .isEqualTo(Category.GHETTO);
        assertThat(category(v(2016, 1000, null, null, null, null, "90", "10"))).isNull();
    }

    @Test
    void theMetCriteriaCarryTheirValues() {
        Classification c = Classifier.classify(RuleSets.forYear(2016).orElseThrow(),
                v(2016, 2500, "52.3", "45", "1.2", null, "51", "60"), Map.of());
        assertThat(c.category()).isEqualTo(Category.GHETTO);
        assertThat(c.criteriaMet()).extracting(Classification.CriterionMet::measure)
                .containsExactly(Measure.RESIDENTS, Measure.OUTSIDE, Measure.NON_WESTERN, Measure.BASIC_EDUCATION);
        assertThat(c.criteriaMet().get(2).value()).isEqualByComparingTo("52.3");
        assertThat(c.criteriaMet().get(2).threshold()).isEqualTo("> 50");
        assertThat(c.ruleSet()).isEqualTo("2013-2017");
    }

    @Test
    void from2018ConvictedCountsAtThreeTimesTheNationalAverageInclusive() {
        // outside > 40 plus convicted >= 3x national: udsat
        assertThat(category(v(2018, 1000, "10", "40.1", "3.0", "1.0", null, null))).isEqualTo(Category.UDSAT);
        assertThat(category(v(2018, 1000, "10", "40.1", "2.4", "0.8", null, null))).as("2,4 / 0,8 = 3,0 exactly")
                .isEqualTo(Category.UDSAT);
        assertThat(category(v(2018, 1000, "10", "40.1", "2.99", "1.0", null, null))).isNull();
        assertThat(category(v(2018, 1000, "10", "40.1", null, null, "60.0", "55.0"))).as("> 60, < 55").isNull();
        assertThat(category(v(2018, 1000, "10", "40.1", null, null, "60.1", null))).isEqualTo(Category.UDSAT);
        assertThat(category(v(2019, 1000, "50.0", "40.1", null, null, null, "54.9"))).isEqualTo(Category.UDSAT);
        assertThat(category(v(2019, 1000, "50.1", "40.1", null, null, null, "54.9"))).isEqualTo(Category.GHETTO);
        assertThat(category(v(2019, 999, "50.1", "40.1", null, null, null, "54.9"))).isNull();
    }

    @Test
    void hardGhettoNeedsTheGhettoListInEachOfTheLastFiveListYears() {
        List<CriteriaValues> years = new ArrayList<>();
        for (int y = 2014; y <= 2017; y++) {
            years.add(v(y, 2000, "60", "45", "3", null, "55", "50"));
        }
        years.add(v(2018, 2000, "60", "45", null, null, null, "50"));
        years.add(v(2019, 2000, "60", "45", null, null, null, "50"));
        Map<Integer, Category> h = history(years);
        assertThat(h).containsEntry(2014, Category.UDSAT).containsEntry(2017, Category.GHETTO)
                .containsEntry(2018, Category.HAARDT_GHETTO).containsEntry(2019, Category.HAARDT_GHETTO);

        Map<Integer, Category> four = history(years.subList(1, 5)); // 2015–2018: four years only
        assertThat(four).containsEntry(2018, Category.GHETTO);

        List<CriteriaValues> gap = new ArrayList<>(years);
        gap.set(2, v(2016, 2000, "10", "10", null, null, null, null)); // off the list in 2016
        assertThat(history(gap)).containsEntry(2016, null).containsEntry(2018, Category.GHETTO)
                .containsEntry(2019, Category.GHETTO);

        Classification hard = Classifier.classify(years).stream().filter(c -> c.year() == 2018).findFirst().orElseThrow();
        assertThat(hard.criteriaMet()).last().satisfies(m -> {
            assertThat(m.measure()).isEqualTo(Measure.YEARS_LISTED);
            assertThat(m.value()).isEqualByComparingTo("5");
        });
    }

    @Test
    void omdannelseNeedsParallelsamfundInEachOfTheLastFiveListYears() {
        List<CriteriaValues> years = new ArrayList<>();
        for (int y = 2017; y <= 2022; y++) {
            years.add(v(y, 1500, "55", "45", "3.5", "1.0", "55", "50"));
        }
        Map<Integer, Category> h = history(years);
        assertThat(h).containsEntry(2017, Category.GHETTO).containsEntry(2018, Category.GHETTO)
                .containsEntry(2021, Category.OMDANNELSE).containsEntry(2022, Category.OMDANNELSE);
        Map<Integer, Category> late = history(years.subList(1, 6)); // from 2018: 2021 is the fourth year
        assertThat(late).containsEntry(2021, Category.PARALLELSAMFUND).containsEntry(2022, Category.OMDANNELSE);
    }

    @Test
    void from2021ForebyggelseNeedsNonWesternOver30AndTwoOfFourAndTheMostSevereWins() {
        assertThat(category(v(2021, 1000, "30.1", "30.1", null, null, "60.1", null))).isEqualTo(Category.FOREBYGGELSE);
        assertThat(category(v(2021, 1000, "30.0", "30.1", null, null, "60.1", null))).isNull();
        assertThat(category(v(2021, 1000, "31", "30.1", "2.0", "1.0", null, null))).as("≥ 2× inclusive")
                .isEqualTo(Category.FOREBYGGELSE);
        assertThat(category(v(2021, 1000, "31", "30.0", "1.99", "1.0", null, "65.0"))).isNull();
        assertThat(category(v(2021, 1000, "31", "30.1", null, null, null, "64.9"))).isEqualTo(Category.FOREBYGGELSE);
        assertThat(category(v(2021, 1000, "40", "40.1", null, null, "60.1", null))).as("udsat outranks forebyggelse")
                .isEqualTo(Category.UDSAT);
        assertThat(category(v(2021, 1000, "50.1", "40.1", null, null, "60.1", null))).isEqualTo(Category.PARALLELSAMFUND);
        assertThat(category(v(2021, 999, "50.1", "40.1", null, null, "60.1", null))).isNull();
    }

    @Test
    void theRegimeChangesBetween2017And2018() {
        // On the 2017 list (outside, non-western, convicted > 2,70 %, basic > 50) but on no 2018 list:
        // 2,8 % is only 2,8 times the national 1,0; 55 % basic is not > 60; income 60 is not < 55.
        CriteriaValues y2017 = v(2017, 1200, "55", "45", "2.8", "1.0", "55", "60");
        CriteriaValues y2018 = new CriteriaValues("A", 2018, 1200, y2017.nonWestern(), y2017.outside(),
                y2017.convicted(), y2017.convictedNational(), y2017.basicEducation(), y2017.income());
        assertThat(category(y2017)).isEqualTo(Category.GHETTO);
        assertThat(category(y2018)).isNull();
        // The other way: off the 2017 list (2 of 5), a ghetto in 2018 (outside and income: 2 of 4, non-western > 50).
        CriteriaValues b2017 = v(2017, 1200, "51", "41", "1", "1", "20", "50");
        assertThat(category(b2017)).as("3 of 5: outside, non-western, income").isEqualTo(Category.GHETTO);
        CriteriaValues c2017 = v(2017, 1200, "51", "41", "1", "1", "20", "56");
        CriteriaValues c2018 = v(2018, 1200, "51", "41", "3", "1", "20", "56");
        assertThat(category(c2017)).as("2 of 5").isNull();
        assertThat(category(c2018)).isEqualTo(Category.GHETTO);
    }
}
