package dk.almenmonitor.area;

import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The rules of one regime of the ministry's lists (docs/domain.md §16): the list years it applies to, its
 * tiers in order, and which of its categories make up "the ghetto list" that the multi-year rules of a later regime
 * look back on. A tier reaches a category; an area carries the most severe category it reaches. A new regime is one
 * more rule set in {@link RuleSets}.
 *
 * @param key        short name for message keys ({@code r2013})
 * @param fromYear   the first list year
 * @param toYear     the last list year, null while the regime is in force
 * @param tiers      evaluated in order; a later tier may build on a category an earlier one reached
 * @param ghettoList the categories that count as being on the ghetto list (for a later year's multi-year rule)
 */
public record RuleSet(String key, int fromYear, @Nullable Integer toYear, List<Tier> tiers, Set<Category> ghettoList) {

    public RuleSet {
        tiers = List.copyOf(tiers);
        ghettoList = Set.copyOf(ghettoList);
    }

    /** The public name, e.g. {@code 2013-2017}, {@code 2021-}. */
    public String code() {
        return fromYear + "-" + (toYear == null ? "" : toYear);
    }

    boolean covers(int year) {
        return year >= fromYear && (toYear == null || year <= toYear);
    }

    /** The categories the rule set can give, in the order of its tiers. */
    public List<Category> categories() {
        return tiers.stream().flatMap(t -> t.categories().stream()).distinct().toList();
    }

    /** A step of a rule set. */
    public sealed interface Tier permits Qualify, Plus, Persistent {
        List<Category> categories();
    }

    /**
     * At least {@code residents}, every one of {@code required}, and at least {@code atLeast} of {@code criteria}. The
     * category may change with the list year within a regime (2013–14 "særligt udsat", 2015–17 "ghettoområde").
     *
     * @param categoryFrom the first list year of each name, mapped to its category
     */
    public record Qualify(NavigableMap<Integer, Category> categoryFrom, Threshold residents, List<Threshold> required,
                          int atLeast, List<Threshold> criteria) implements Tier {

        public Qualify {
            categoryFrom = new TreeMap<>(categoryFrom);
            required = List.copyOf(required);
            criteria = List.copyOf(criteria);
        }

        Category category(int year) {
            var entry = categoryFrom.floorEntry(year);
            return entry != null ? entry.getValue() : categoryFrom.firstEntry().getValue();
        }

        @Override
        public List<Category> categories() {
            return List.copyOf(new java.util.LinkedHashSet<>(categoryFrom.values()));
        }
    }

    /** An area that reached {@code base} and also meets {@code extra}. */
    public record Plus(Category category, Category base, Threshold extra) implements Tier {
        @Override
        public List<Category> categories() {
            return List.of(category);
        }
    }

    /**
     * An area that reached {@code base} this list year and has been on the ghetto list of each list year for
     * {@code years} consecutive list years, this one included ({@link Measure#YEARS_LISTED}).
     */
    public record Persistent(Category category, Category base, Threshold years) implements Tier {
        @Override
        public List<Category> categories() {
            return List.of(category);
        }
    }
}
