package dk.almenmonitor.area;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists per year and the classifications per area, as the API and the pages show them. */
@Component
class AreaLists {

    static final int MIN_YEAR = 2010;
    static final int MAX_YEAR = 2100;

    @Schema(description = "A criterion the area met, with its value")
    record Met(@Schema(example = "NON_WESTERN") Measure criterion, @Nullable BigDecimal value,
               @Schema(example = "> 50") String threshold) {
    }

    @Schema(description = "An area on the list of the year")
    record Listed(String code, String name, @Schema(example = "GHETTO") Category category, List<Met> criteriaMet) {
    }

    @Schema(description = "The ministry's list of a year as reproduced by the rule set of the list year")
    record YearList(int year, @Schema(example = "2013-2017") String ruleSet,
                    @Schema(description = "True when the year's values are the embedded default's illustrative ones")
                    boolean illustrative, List<Listed> areas) {
    }

    @Schema(description = "An area of the register with its classification of the year (null category: on no list)")
    record Classified(String code, String name, AreaKind kind, int municipality,
                      @Schema(description = "Whether the area has criterion values for the year") boolean hasValues,
                      @Nullable Category category, List<Met> criteriaMet) {
    }

    record Register(int year, String ruleSet, boolean illustrative, List<Classified> areas) {
    }

    private final AreaRepository areas;
    private final CriteriaRepository criteria;

    AreaLists(AreaRepository areas, CriteriaRepository criteria) {
        this.areas = areas;
        this.criteria = criteria;
    }

    /** The list year from a request parameter: digits, 2010–2100; else 400. */
    static int parseYear(@Nullable String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}")) {
            throw RequestRefused.badRequest("area.refused.year", t.length() > 20 ? t.substring(0, 20) : t);
        }
        int year = Integer.parseInt(t);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw RequestRefused.badRequest("area.refused.noRuleSet", t);
        }
        return year;
    }

    static RuleSet ruleSet(int year) {
        return RuleSets.forYear(year).orElseThrow(() -> RequestRefused.badRequest("area.refused.noRuleSet", year));
    }

    List<Integer> years() {
        return criteria.years();
    }

    Optional<Integer> latestYear() {
        List<Integer> years = criteria.years();
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
    }

    @Transactional(readOnly = true)
    YearList list(int year) {
        RuleSet rules = ruleSet(year);
        Map<String, Area> register = register();
        List<CriteriaRepository.Stored> stored = criteria.storedOfYear(year);
        List<Listed> listed = criteria.classificationsOfYear(year).stream().filter(Classification::listed)
                .map(c -> new Listed(c.areaCode(), nameOf(register, c.areaCode()), c.category(), met(c)))
                .sorted(Comparator.comparing((Listed l) -> -l.category().severity()).thenComparing(Listed::name))
                .toList();
        return new YearList(year, rules.code(), illustrative(stored), listed);
    }

    @Transactional(readOnly = true)
    Register register(int year) {
        RuleSet rules = ruleSet(year);
        Map<String, Classification> byArea = criteria.classificationsOfYear(year).stream()
                .collect(Collectors.toMap(Classification::areaCode, Function.identity()));
        List<Classified> out = areas.all().stream().map(a -> {
            Classification c = byArea.get(a.code());
            return new Classified(a.code(), a.name(), a.kind(), a.municipality(), c != null,
                    c == null ? null : c.category(), c == null ? List.of() : met(c));
        }).toList();
        return new Register(year, rules.code(), illustrative(criteria.storedOfYear(year)), out);
    }

    /** The values of the year with their classification, for the list page; by category, then name. */
    @Transactional(readOnly = true)
    List<Map.Entry<CriteriaRepository.Stored, Classification>> table(int year) {
        Map<String, Classification> byArea = criteria.classificationsOfYear(year).stream()
                .collect(Collectors.toMap(Classification::areaCode, Function.identity()));
        Map<String, Area> register = register();
        return criteria.storedOfYear(year).stream()
                .filter(s -> byArea.containsKey(s.values().areaCode()))
                .map(s -> Map.entry(s, byArea.get(s.values().areaCode())))
                .sorted(Comparator.comparing((Map.Entry<CriteriaRepository.Stored, Classification> e) ->
                                e.getValue().category() == null ? 0 : -e.getValue().category().severity())
                        .thenComparing(e -> nameOf(register, e.getKey().values().areaCode())))
                .toList();
    }

    Map<String, Area> register() {
        Map<String, Area> out = new LinkedHashMap<>();
        areas.all().forEach(a -> out.put(a.code(), a));
        return out;
    }

    List<Classification> history(String code) {
        return criteria.classificationsOfArea(code);
    }

    List<CriteriaRepository.Stored> values(String code) {
        return criteria.storedOfArea(code);
    }

    List<AreaDataset.Department> departments(String code) {
        return areas.departments(code);
    }

    /** The configured municipality's areas on a list, per list year with values. */
    Map<Integer, Integer> counts(int municipality) {
        return criteria.listedCounts(municipality);
    }

    static List<Met> met(Classification c) {
        return c.criteriaMet().stream().map(m -> new Met(m.measure(), m.value(), m.threshold())).toList();
    }

    private static String nameOf(Map<String, Area> register, String code) {
        Area a = register.get(code);
        return a == null ? code : a.name();
    }

    private static boolean illustrative(List<CriteriaRepository.Stored> stored) {
        return stored.stream().anyMatch(CriteriaRepository.Stored::illustrative);
    }
}
