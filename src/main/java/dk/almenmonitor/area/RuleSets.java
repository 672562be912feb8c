package dk.almenmonitor.area;

import static dk.almenmonitor.area.Threshold.atLeast;
import static dk.almenmonitor.area.Threshold.lessThan;
import static dk.almenmonitor.area.Threshold.moreThan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The four regimes of the ministry's lists, as docs/domain.md §16 words them: the
 * rule set is chosen by list year; a list year before 2010 has none. A future regime is one more entry here (and
 * its category names in the area messages).
 */
public final class RuleSets {

    private static final Threshold RESIDENTS_1000 = atLeast(Measure.RESIDENTS, "1000");

    /** 2010–2012: ≥ 1.000 residents and 2 of 3. Convicted > 270 per 10.000 residents 18+ is > 2,70 %. */
    static final RuleSet R2010 = new RuleSet("r2010", 2010, 2012, List.of(
            new RuleSet.Qualify(new TreeMap<>(Map.of(2010, Category.GHETTO)), RESIDENTS_1000, List.of(), 2, List.of(
                    moreThan(Measure.NON_WESTERN, "50"),
                    moreThan(Measure.OUTSIDE, "40"),
                    moreThan(Measure.CONVICTED, "2.70")))),
            Set.of(Category.GHETTO));

    /** 2013–2017: ≥ 1.000 residents and 3 of 5; "særligt udsat boligområde" 2013–14, "ghettoområde" 2015–17. */
    static final RuleSet R2013 = new RuleSet("r2013", 2013, 2017, List.of(
            new RuleSet.Qualify(new TreeMap<>(Map.of(2013, Category.UDSAT, 2015, Category.GHETTO)), RESIDENTS_1000,
                    List.of(), 3, List.of(
                    moreThan(Measure.OUTSIDE, "40"),
                    moreThan(Measure.NON_WESTERN, "50"),
                    moreThan(Measure.CONVICTED, "2.70"),
                    moreThan(Measure.BASIC_EDUCATION, "50"),
                    lessThan(Measure.INCOME, "55")))),
            Set.of(Category.UDSAT, Category.GHETTO));

    /**
     * 2018–2020: udsat = ≥ 1.000 residents and 2 of 4; ghetto = udsat and non-western > 50 %; hårdt ghettoområde =
     * ghetto in each of the last 5 list years (5 years for the lists 2018–2020, docs/domain.md §16).
     */
    static final RuleSet R2018 = new RuleSet("r2018", 2018, 2020, List.of(
            new RuleSet.Qualify(new TreeMap<>(Map.of(2018, Category.UDSAT)), RESIDENTS_1000, List.of(), 2,
                    udsat2018()),
            new RuleSet.Plus(Category.GHETTO, Category.UDSAT, moreThan(Measure.NON_WESTERN, "50")),
            new RuleSet.Persistent(Category.HAARDT_GHETTO, Category.GHETTO, atLeast(Measure.YEARS_LISTED, "5"))),
            Set.of(Category.GHETTO, Category.HAARDT_GHETTO));

    /**
     * 2021–: forebyggelsesområde = ≥ 1.000 residents, non-western > 30 % and 2 of 4 (lower limits); udsat as 2018;
     * parallelsamfund = udsat and non-western > 50 %; omdannelsesområde = parallelsamfund in each of the last 5 list
     * years (a ghetto list of 2018–2020 counts as one).
     */
    static final RuleSet R2021 = new RuleSet("r2021", 2021, null, List.of(
            new RuleSet.Qualify(new TreeMap<>(Map.of(2021, Category.FOREBYGGELSE)), RESIDENTS_1000,
                    List.of(moreThan(Measure.NON_WESTERN, "30")), 2, List.of(
                    moreThan(Measure.OUTSIDE, "30"),
                    atLeast(Measure.CONVICTED_TIMES_NATIONAL, "2"),
                    moreThan(Measure.BASIC_EDUCATION, "60"),
                    lessThan(Measure.INCOME, "65"))),
            new RuleSet.Qualify(new TreeMap<>(Map.of(2021, Category.UDSAT)), RESIDENTS_1000, List.of(), 2,
                    udsat2018()),
            new RuleSet.Plus(Category.PARALLELSAMFUND, Category.UDSAT, moreThan(Measure.NON_WESTERN, "50")),
            new RuleSet.Persistent(Category.OMDANNELSE, Category.PARALLELSAMFUND, atLeast(Measure.YEARS_LISTED, "5"))),
            Set.of(Category.PARALLELSAMFUND, Category.OMDANNELSE));

    /** Every rule set, oldest first. */
    public static final List<RuleSet> ALL = List.of(R2010, R2013, R2018, R2021);

    private RuleSets() {
    }

    private static List<Threshold> udsat2018() {
        return List.of(
                moreThan(Measure.OUTSIDE, "40"),
                atLeast(Measure.CONVICTED_TIMES_NATIONAL, "3"),
                moreThan(Measure.BASIC_EDUCATION, "60"),
                lessThan(Measure.INCOME, "55"));
    }

    /** The rule set of the list year; empty before 2010. */
    public static Optional<RuleSet> forYear(int year) {
        return ALL.stream().filter(r -> r.covers(year)).findFirst();
    }
}
