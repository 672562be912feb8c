package dk.almenmonitor.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Classifies areas by the rule set of each list year (docs/domain.md): per area its years in order, so that a
 * multi-year rule sees the categories of the years before. A list year without a rule set (before 2010) is skipped.
 * Pure and stateless.
 */
final class Classifier {

    private Classifier() {
    }

    /** Every area and list year that has criterion values, classified; ordered by area and year. */
    static List<Classification> classify(Collection<CriteriaValues> values) {
        Map<String, List<CriteriaValues>> byArea = new LinkedHashMap<>();
        values.stream().sorted(Comparator.comparing(CriteriaValues::areaCode).thenComparingInt(CriteriaValues::year))
                .forEach(v -> byArea.computeIfAbsent(v.areaCode(), k -> new ArrayList<>()).add(v));
        List<Classification> result = new ArrayList<>(values.size());
        for (List<CriteriaValues> years : byArea.values()) {
            Map<Integer, Category> history = new HashMap<>();
            for (CriteriaValues year : years) {
                Optional<RuleSet> rules = RuleSets.forYear(year.year());
                if (rules.isEmpty()) {
                    continue;
                }
                Classification c = classify(rules.get(), year, history);
                if (c.category() != null) {
                    history.put(year.year(), c.category());
                }
                result.add(c);
            }
        }
        return result;
    }

    /** One area and list year, given the categories of its earlier list years. */
    static Classification classify(RuleSet rules, CriteriaValues values, Map<Integer, Category> history) {
        Map<Category, List<Classification.CriterionMet>> reached = new EnumMap<>(Category.class);
        List<Classification.CriterionMet> firstTierMet = null;
        for (RuleSet.Tier tier : rules.tiers()) {
            if (tier instanceof RuleSet.Qualify q) {
                List<Classification.CriterionMet> met = new ArrayList<>();
                boolean ok = add(q.residents(), values, met);
                for (Threshold t : q.required()) {
                    ok &= add(t, values, met);
                }
                int count = 0;
                for (Threshold t : q.criteria()) {
                    if (add(t, values, met)) {
                        count++;
                    }
                }
                if (firstTierMet == null) {
                    firstTierMet = met;
                }
                if (ok && count >= q.atLeast()) {
                    reached.putIfAbsent(q.category(values.year()), met);
                }
            } else if (tier instanceof RuleSet.Plus p) {
                List<Classification.CriterionMet> base = reached.get(p.base());
                if (base != null && p.extra().met(values)) {
                    List<Classification.CriterionMet> met = new ArrayList<>(base);
                    met.add(met(p.extra(), values.value(p.extra().measure())));
                    reached.put(p.category(), met);
                }
            } else if (tier instanceof RuleSet.Persistent p) {
                List<Classification.CriterionMet> base = reached.get(p.base());
                if (base != null) {
                    int years = 1 + yearsListedBefore(values.year(), history);
                    if (p.years().met(years)) {
                        List<Classification.CriterionMet> met = new ArrayList<>(base);
                        met.add(met(p.years(), BigDecimal.valueOf(years)));
                        reached.put(p.category(), met);
                    }
                }
            }
        }
        Category category = reached.keySet().stream().max(Comparator.comparingInt(Category::severity)
                .thenComparingInt(Enum::ordinal)).orElse(null);
        List<Classification.CriterionMet> met = category != null ? reached.get(category)
                : firstTierMet == null ? List.of() : firstTierMet;
        return new Classification(values.areaCode(), values.year(), rules.code(), category, met);
    }

    /** The consecutive list years just before {@code year} on which the area was on that year's ghetto list. */
    static int yearsListedBefore(int year, Map<Integer, Category> history) {
        int count = 0;
        for (int y = year - 1; ; y--) {
            @Nullable Category c = history.get(y);
            Optional<RuleSet> rules = RuleSets.forYear(y);
            if (c == null || rules.isEmpty() || !rules.get().ghettoList().contains(c)) {
                return count;
            }
            count++;
        }
    }

    private static boolean add(Threshold t, CriteriaValues values, List<Classification.CriterionMet> met) {
        if (!t.met(values)) {
            return false;
        }
        met.add(met(t, values.value(t.measure())));
        return true;
    }

    private static Classification.CriterionMet met(Threshold t, @Nullable BigDecimal value) {
        return new Classification.CriterionMet(t.measure(), value, t.text());
    }
}
