package dk.almenmonitor.area;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.almenmonitor.chart.BarChart;
import dk.almenmonitor.indicator.IndicatorGoals;
import dk.almenmonitor.indicator.ObservationLookup;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of the vulnerable areas, for every logged-in user: {@code /omraader} (the list of a year with its
 * criteria table), {@code /omraader/antal} (the municipality's count per year against the goal) and
 * {@code /omraader/{code}} (an area and its classifications over the years).
 */
@Controller
class AreaPageController {

    /** The measures shown as columns of the criteria table; the multiple of the national average goes with convicted. */
    static final List<Measure> COLUMNS = List.of(Measure.RESIDENTS, Measure.NON_WESTERN, Measure.OUTSIDE,
            Measure.CONVICTED, Measure.BASIC_EDUCATION, Measure.INCOME);

    /** A cell of the criteria table: the value as text, and the criterion when it was met (else null). */
    record Cell(String value, @Nullable String met) {
    }

    record Row(String code, String name, String category, boolean listed, List<Cell> cells) {
    }

    record HistoryRow(String year, String ruleSet, String category, boolean listed, List<String> criteria,
                      boolean illustrative) {
    }

    record CountRow(String year, String classified, String indicator, boolean illustrative) {
    }

    private final AreaLists lists;
    private final AreaSettings settings;
    private final IndicatorGoals goals;
    private final ObservationLookup observations;
    private final MessageSource messages;

    AreaPageController(AreaLists lists, AreaSettings settings, IndicatorGoals goals, ObservationLookup observations,
                       MessageSource messages) {
        this.lists = lists;
        this.settings = settings;
        this.goals = goals;
        this.observations = observations;
        this.messages = messages;
    }

    @GetMapping("/omraader")
    String list(@RequestParam(name = "aar", required = false) String aar, Model model) {
        List<Integer> years = lists.years();
        model.addAttribute("years", years);
        model.addAttribute("hasData", !years.isEmpty());
        if (years.isEmpty()) {
            return "area/list";
        }
        int year = aar == null || aar.isBlank() ? years.get(years.size() - 1) : AreaLists.parseYear(aar);
        RuleSet rules = AreaLists.ruleSet(year);
        model.addAttribute("year", year);
        model.addAttribute("yearText", String.valueOf(year));
        model.addAttribute("ruleSetName", text("area.ruleSet." + rules.key()));
        model.addAttribute("ruleSetText", text("area.ruleSet.text." + rules.key()));
        model.addAttribute("columns", COLUMNS.stream().map(m -> text("area.column." + m.name())).toList());
        model.addAttribute("urbanAreas", lists.register().values().stream()
                .filter(a -> a.kind() == AreaKind.URBAN_AREA && a.municipality() == settings.municipality()).toList());
        Map<String, Area> register = lists.register();
        List<Row> rows = new ArrayList<>();
        boolean illustrative = false;
        int listed = 0;
        for (var e : lists.table(year)) {
            CriteriaRepository.Stored s = e.getKey();
            Classification c = e.getValue();
            illustrative |= s.illustrative();
            if (c.listed()) {
                listed++;
            }
            Area a = register.get(s.values().areaCode());
            rows.add(new Row(s.values().areaCode(), a == null ? s.values().areaCode() : a.name(), category(rules, c),
                    c.listed(), cells(s.values(), c)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("listedCount", DanishFormat.integer(listed));
        model.addAttribute("illustrative", illustrative);
        return "area/list";
    }

    @GetMapping("/omraader/antal")
    String count(Model model) {
        int municipality = settings.municipality();
        Map<Integer, Integer> counts = lists.counts(municipality);
        Set<Integer> illustrativeYears = lists.years().stream()
                .filter(y -> lists.table(y).stream().anyMatch(e -> e.getKey().illustrative()))
                .collect(Collectors.toSet());
        model.addAttribute("goal", goals.of(CriteriaLoader.INDICATOR).orElse(null));
        model.addAttribute("municipality", String.format("%04d", municipality));
        Optional<ObservationLookup.Current> baseline = observations.find(CriteriaLoader.INDICATOR, "2013-12-01", null);
        BigDecimal target = baseline.map(b -> b.value().multiply(BigDecimal.valueOf(2))
                .divide(BigDecimal.valueOf(3), 0, RoundingMode.FLOOR)).orElse(null);
        model.addAttribute("baseline", baseline.map(b -> DanishFormat.number(b.value(), 0)).orElse(null));
        model.addAttribute("target", target == null ? null : DanishFormat.number(target, 0));
        List<String> yearTexts = new ArrayList<>();
        List<Integer> classified = new ArrayList<>();
        List<BigDecimal> indicator = new ArrayList<>();
        List<CountRow> rows = new ArrayList<>();
        for (var e : counts.entrySet()) {
            String y = String.valueOf(e.getKey());
            BigDecimal observed = observations.find(CriteriaLoader.INDICATOR, y + "-12-01", null)
                    .map(ObservationLookup.Current::value).orElse(null);
            yearTexts.add(y);
            classified.add(e.getValue());
            indicator.add(observed);
            rows.add(new CountRow(y, DanishFormat.integer(e.getValue()),
                    observed == null ? null : DanishFormat.number(observed, 0), illustrativeYears.contains(e.getKey())));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("hasData", !rows.isEmpty());
        model.addAttribute("illustrative", !illustrativeYears.isEmpty());
        if (!rows.isEmpty()) {
            BarChart chart = BarChart.of(text("area.count.col.year"), yearTexts)
                    .series(text("area.count.series.classified"), classified)
                    .series(text("area.count.series.indicator"), indicator);
            if (target != null) {
                chart.reference(target, messages.getMessage("area.count.chart.target",
                        new Object[] {DanishFormat.number(target, 0)}, DanishFormat.DANISH));
            }
            model.addAttribute("chart", chart.build());
        }
        return "area/count";
    }

    @GetMapping("/omraader/{code}")
    String area(@PathVariable String code, Model model) {
        if (code.length() > AreaText.MAX_CODE) {
            throw RequestRefused.notFound("area.refused.unknownArea", code.substring(0, AreaText.MAX_CODE) + "…");
        }
        Area area = lists.register().get(code);
        if (area == null) {
            throw RequestRefused.notFound("area.refused.unknownArea", code);
        }
        model.addAttribute("area", area);
        model.addAttribute("kind", text("area.kind." + area.kind().name()));
        model.addAttribute("urban", area.kind() == AreaKind.URBAN_AREA);
        model.addAttribute("municipality", String.format("%04d", area.municipality()));
        model.addAttribute("departments", lists.departments(code).stream()
                .map(d -> d.organisation() + "-" + d.department()).collect(Collectors.joining(", ")));
        Map<Integer, CriteriaRepository.Stored> values = lists.values(code).stream()
                .collect(Collectors.toMap(s -> s.values().year(), s -> s));
        List<HistoryRow> history = new ArrayList<>();
        boolean illustrative = false;
        for (Classification c : lists.history(code)) {
            RuleSet rules = AreaLists.ruleSet(c.year());
            CriteriaRepository.Stored s = values.get(c.year());
            boolean ill = s != null && s.illustrative();
            illustrative |= ill;
            history.add(new HistoryRow(String.valueOf(c.year()), text("area.ruleSet." + rules.key()),
                    category(rules, c), c.listed(), c.criteriaMet().stream().map(this::criterion).toList(), ill));
        }
        model.addAttribute("history", history);
        model.addAttribute("illustrative", illustrative);
        return "area/area";
    }

    private List<Cell> cells(CriteriaValues v, Classification c) {
        Map<Measure, Classification.CriterionMet> met = c.criteriaMet().stream()
                .collect(Collectors.toMap(m -> m.measure() == Measure.CONVICTED_TIMES_NATIONAL ? Measure.CONVICTED
                        : m.measure(), m -> m, (a, b) -> a));
        List<Cell> cells = new ArrayList<>();
        for (Measure m : COLUMNS) {
            BigDecimal value = v.value(m);
            String text = value == null ? "–" : m == Measure.RESIDENTS ? DanishFormat.number(value, 0)
                    : DanishFormat.number(value, Math.max(1, value.stripTrailingZeros().scale()));
            if (m == Measure.CONVICTED && v.value(Measure.CONVICTED_TIMES_NATIONAL) != null && c.year() >= 2018) {
                text = text + " (" + DanishFormat.number(v.value(Measure.CONVICTED_TIMES_NATIONAL), 2) + "×)";
            }
            Classification.CriterionMet hit = met.get(m);
            cells.add(new Cell(text, hit == null ? null : hit.measure() == Measure.CONVICTED_TIMES_NATIONAL
                    ? hit.threshold() + " × " + text("area.nationalAverage") : hit.threshold()));
        }
        return cells;
    }

    private String criterion(Classification.CriterionMet m) {
        String value = m.value() == null ? "–" : m.measure() == Measure.RESIDENTS || m.measure() == Measure.YEARS_LISTED
                ? DanishFormat.number(m.value(), 0)
                : DanishFormat.number(m.value(), Math.max(1, m.value().stripTrailingZeros().scale()));
        String unit = unit(m.measure());
        return messages.getMessage("area.history.criterion", new Object[] {text("area.measure." + m.measure().name()),
                value + unit, m.threshold() + unit}, DanishFormat.DANISH);
    }

    /** The unit after a value: percent, times the national average, or none (residents, years). */
    private static String unit(Measure m) {
        return switch (m) {
            case RESIDENTS, YEARS_LISTED -> "";
            case CONVICTED_TIMES_NATIONAL -> " ×";
            default -> " %";
        };
    }

    private String category(RuleSet rules, Classification c) {
        if (c.category() == null) {
            return text("area.category.none");
        }
        return text("area.category." + rules.key() + "." + c.category().name());
    }

    private String text(String key) {
        return messages.getMessage(key, null, DanishFormat.DANISH);
    }
}
