package dk.almenmonitor.area;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An area's classification for one list year: the rule set used, the category it carries (null: on no list) and the
 * criteria met with their values — those behind its category, or, off the list, those of the rule set's first tier
 * that it did meet.
 */
public record Classification(String areaCode, int year, String ruleSet, @Nullable Category category,
                             List<CriterionMet> criteriaMet) {

    public Classification {
        criteriaMet = List.copyOf(criteriaMet);
    }

    /** A met criterion: what it measures, the area's value and the criterion as text ({@code > 50}). */
    public record CriterionMet(Measure measure, @Nullable BigDecimal value, String threshold) {
    }

    public boolean listed() {
        return category != null;
    }
}
