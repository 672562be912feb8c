package dk.almenmonitor.citylevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.chart.LineChart;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.imports.DecimalText;
import dk.almenmonitor.indicator.EvaluationStatus;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages {@code /omraader/koebenhavnerniveau} (every urban area against the city) and
 * {@code /omraader/{code}/koebenhavnerniveau} (one area: per criterion a chart of area and city, the gaps, the goal
 * and its evaluation, and the secretariat's goal form), for every logged-in user; setting a goal is ADMIN only.
 */
@Controller
class CityLevelPageController {

    static final String OVERVIEW = "/omraader/koebenhavnerniveau";

    /** A criterion's gap now against baseline, formatted, for the overview and the area's summary table. */
    record GapCell(String indicator, String name, String baseline, String now, String year, Boolean halved,
                   String baselineNumber, String nowNumber) {
    }

    /** An area's line in the overview. */
    record OverviewRow(String code, String name, List<GapCell> gaps, int halvedCount, boolean policyMet) {
    }

    /** A criterion's section on the area page. */
    record Section(String indicator, String name, String unit, LineChart.Model chart, GapCell gap, Goal goal) {
    }

    /** A goal as shown: what it asks, its evaluation's status (badge and text) and explanation. */
    record Goal(String description, String note, String setBy, String setAt, String status, String badge,
                String explanation) {
    }

    private final CityLevel cityLevel;
    private final CurrentUsers users;
    private final MessageSource messages;

    CityLevelPageController(CityLevel cityLevel, CurrentUsers users, MessageSource messages) {
        this.cityLevel = cityLevel;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping(OVERVIEW)
    String overview(Model model) {
        List<CityLevelView> all = cityLevel.all(CityLevel.today());
        List<OverviewRow> rows = new ArrayList<>();
        for (CityLevelView v : all) {
            rows.add(new OverviewRow(v.code(), v.name(), v.criteria().stream().map(this::gap).toList(), v.halvedCount(),
                    v.policyMet()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("criteria", java.util.Arrays.stream(Criterion.values())
                .map(c -> new String[] {name(c.code()), c.percent() ? text("citylevel.unit.ppShort") : c.unit()}).toList());
        model.addAttribute("illustrativeImportId", all.stream().map(CityLevelView::illustrativeImportId)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null));
        model.addAttribute("anyData", all.stream().anyMatch(v -> v.criteria().stream().anyMatch(c -> !c.years().isEmpty())));
        common(model);
        return "citylevel/overview";
    }

    @GetMapping("/omraader/{code}/koebenhavnerniveau")
    String area(@PathVariable String code, @RequestParam(required = false) String asOf, Model model) {
        return areaPage(cityLevel.of(code, CityLevelApiController.asOf(asOf)), model);
    }

    @PostMapping("/omraader/{code}/koebenhavnerniveau/maal")
    @PreAuthorize("@access.admin('citylevel.refused.goal.forbidden')")
    String setGoal(@PathVariable String code, @RequestParam(required = false) String indicator,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String targetValue,
                   @RequestParam(required = false) String dueYear, @RequestParam(required = false) String note,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser admin = users.current().orElseThrow(() -> RequestRefused.forbidden("citylevel.refused.goal.forbidden"));
        CityLevelView area = cityLevel.of(code, CityLevel.today());
        try {
            cityLevel.setGoal(area.code(), indicator, new CityLevel.GoalRequest(kind(kind), decimal(targetValue),
                    year(dueYear), note), admin.username());
        } catch (RequestRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("goalError", messages.getMessage(e.messageCode(), e.arguments(), DanishFormat.DANISH));
            model.addAttribute("draft", new Draft(bounded(indicator, 60), bounded(kind, 20), bounded(targetValue, 20),
                    bounded(dueYear, 10), bounded(note, CityLevel.MAX_NOTE)));
            return areaPage(area, model);
        }
        redirect.addAttribute("gemt", Criterion.of(indicator).map(Criterion::code).orElse(""));
        return "redirect:/omraader/" + area.code() + "/koebenhavnerniveau";
    }

    /** What the form held when it was refused, shown again. */
    record Draft(String indicator, String kind, String targetValue, String dueYear, String note) {
    }

    private String areaPage(CityLevelView v, Model model) {
        List<Section> sections = new ArrayList<>();
        String areaName = v.name();
        String cityName = text("citylevel.city");
        for (CityLevelView.CriterionLevel c : v.criteria()) {
            Criterion criterion = Criterion.of(c.indicator()).orElseThrow();
            List<String> years = c.years().stream().map(y -> String.valueOf(y.year())).toList();
            LineChart.Model chart = LineChart.of(text("citylevel.col.year"), years)
                    .series(areaName, c.years().stream().map(CityLevelView.YearValues::area).toList())
                    .series(cityName, c.years().stream().map(CityLevelView.YearValues::city).toList())
                    .series(text("citylevel.chart.gap"), c.years().stream().map(CityLevelView.YearValues::gap).toList())
                    .decimals(criterion.decimals()).build();
            sections.add(new Section(c.indicator(), name(c.indicator()), unit(criterion), chart, gap(c),
                    c.goal() == null ? null : goal(c.goal(), criterion)));
        }
        model.addAttribute("area", v);
        model.addAttribute("sections", sections);
        model.addAttribute("criteria", java.util.Arrays.stream(Criterion.values())
                .map(c -> new String[] {c.code(), name(c.code())}).toList());
        model.addAttribute("asOf", DanishFormat.date(v.asOf()));
        model.addAttribute("asOfIso", v.asOf().toString());
        model.addAttribute("anyData", v.criteria().stream().anyMatch(c -> !c.years().isEmpty()));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new Draft(null, GoalKind.HALVE_GAP.name(), null,
                    String.valueOf(CityLevelSettings.POLICY_END_YEAR), null));
        }
        common(model);
        return "citylevel/area";
    }

    private void common(Model model) {
        model.addAttribute("baselineYear", String.valueOf(cityLevel.baselineYear()));
        model.addAttribute("policyEndYear", String.valueOf(CityLevelSettings.POLICY_END_YEAR));
        model.addAttribute("required", String.valueOf(CityLevelSettings.REQUIRED_HALVED));
        model.addAttribute("cityCode", cityLevel.cityCode());
        model.addAttribute("maxNote", CityLevel.MAX_NOTE);
    }

    private GapCell gap(CityLevelView.CriterionLevel c) {
        Criterion criterion = Criterion.of(c.indicator()).orElseThrow();
        return new GapCell(c.indicator(), name(c.indicator()), signed(c.gapBaseline(), criterion),
                signed(c.gapNow(), criterion), c.currentYear() == null ? null : String.valueOf(c.currentYear()),
                c.halved(), number(c.gapBaseline(), criterion), number(c.gapNow(), criterion));
    }

    private Goal goal(CityLevelView.Goal g, Criterion c) {
        String description = g.kind() == GoalKind.HALVE_GAP
                ? text("citylevel.goal.describe.HALVE_GAP", String.valueOf(g.dueYear()))
                : text(c.higherIsWorse() ? "citylevel.goal.describe.atMost" : "citylevel.goal.describe.atLeast",
                DanishFormat.number(g.targetValue(), Math.max(0, Math.min(4, g.targetValue().scale()))) + " " + c.unit(),
                String.valueOf(g.dueYear()));
        EvaluationStatus status = g.evaluation().status();
        return new Goal(description, g.note(), g.setBy(),
                DanishFormat.date(DanishFormat.inDenmark(g.setAt()).toLocalDate()), text("indicator.status." + status.name()), badge(status),
                g.evaluation().explanation());
    }

    static String badge(EvaluationStatus status) {
        return switch (status) {
            case MET, MET_WITHIN_TOLERANCE -> "badge badge--fulfilled";
            case ON_TRACK -> "badge badge--considered";
            case OFF_TRACK -> "badge badge--in-progress";
            case NOT_MET -> "badge badge--not-fulfilled";
            case NO_DATA -> "badge badge--none";
        };
    }

    /** A gap with its sign ("+4,2", "−1,0") and unit, or null. */
    private String signed(BigDecimal gap, Criterion c) {
        return gap == null ? null : number(gap, c) + " " + unit(c);
    }

    /** A gap with its sign, without its unit, or null. */
    private static String number(BigDecimal gap, Criterion c) {
        if (gap == null) {
            return null;
        }
        return (gap.signum() > 0 ? "+" : "") + DanishFormat.number(gap, c.decimals()).replace("-", "−");
    }

    private String unit(Criterion c) {
        return c.percent() ? text("citylevel.unit.pp") : c.unit();
    }

    private String name(String indicator) {
        return text("citylevel.criterion." + indicator);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }

    private static GoalKind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return GoalKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw RequestRefused.badRequest("citylevel.refused.goal.kind");
        }
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        DecimalText.Parsed parsed = text.length() > 20 ? null : DecimalText.parse(text.strip());
        if (parsed == null || parsed.kind() != DecimalText.Kind.NUMBER) {
            throw RequestRefused.badRequest("citylevel.refused.goal.notNumber", AreaIndicatorDataset.excerpt(text));
        }
        return parsed.value();
    }

    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{4}")) {
            throw RequestRefused.badRequest("citylevel.refused.goal.dueYear", String.valueOf(CityLevel.MIN_DUE_YEAR),
                    String.valueOf(CityLevel.MAX_DUE_YEAR));
        }
        return Integer.parseInt(t);
    }

    private static String bounded(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }
}
