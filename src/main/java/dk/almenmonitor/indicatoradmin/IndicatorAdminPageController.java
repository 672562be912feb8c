package dk.almenmonitor.indicatoradmin;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.indicator.Direction;
import dk.almenmonitor.indicator.IndicatorEvaluations;
import dk.almenmonitor.indicator.IndicatorEvaluations.TargetChange;
import dk.almenmonitor.indicator.IndicatorView;
import dk.almenmonitor.indicator.TargetKind;
import dk.almenmonitor.indicator.TargetMode;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Indikatorer" for the secretariat (create and change indicators) and a goal's "Måltal" page: its target in force,
 * every version with the date it took effect, and (ADMIN) the form that sets a new version.
 */
@Controller
class IndicatorAdminPageController {

    static final String LIST = "/indikatorer";

    /** A version on the page: when it took effect (Danish date), set or changed, and by whom. */
    record VersionRow(String date, boolean first, String indicatorName, String description, String setBy) {
    }

    private final IndicatorAdmin admin;
    private final IndicatorEvaluations evaluations;
    private final AgreementCatalog catalog;
    private final CurrentUsers users;
    private final MessageSource messages;

    IndicatorAdminPageController(IndicatorAdmin admin, IndicatorEvaluations evaluations, AgreementCatalog catalog,
                                 CurrentUsers users, MessageSource messages) {
        this.admin = admin;
        this.evaluations = evaluations;
        this.catalog = catalog;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping(LIST)
    @PreAuthorize("@access.admin('indicatoradmin.refused.role')")
    String list(@RequestParam(name = "oprettet", required = false) String created,
                @RequestParam(name = "gemt", required = false) String saved, Model model) {
        model.addAttribute("created", created == null ? null : IndicatorAdmin.cut(created, 70));
        model.addAttribute("saved", saved == null ? null : IndicatorAdmin.cut(saved, 70));
        model.addAttribute("form", Map.of());
        return listView(model);
    }

    @PostMapping(LIST)
    @PreAuthorize("@access.admin('indicatoradmin.refused.role')")
    String create(@RequestParam Map<String, String> form, @RequestParam(required = false) String cumulative,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            IndicatorView created = admin.create(indicatorInput(form, form.get("code"), cumulative), actor());
            redirect.addAttribute("oprettet", created.code());
            return "redirect:" + LIST;
        } catch (RequestRefused refused) {
            refuse(refused, form, model, response);
            return listView(model);
        }
    }

    @GetMapping(LIST + "/{code}")
    @PreAuthorize("@access.admin('indicatoradmin.refused.role')")
    String edit(@PathVariable String code, Model model) {
        IndicatorView i = admin.indicator(code);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", i.name());
        form.put("unit", i.unit());
        form.put("decimals", String.valueOf(i.decimals()));
        form.put("direction", i.direction().name());
        form.put("source", i.source());
        form.put("frequency", i.frequency());
        form.put("dimensions", String.join(", ", i.dimensions()));
        form.put("cumulative", String.valueOf(i.cumulative()));
        model.addAttribute("form", form);
        return editView(i, model);
    }

    @PostMapping(LIST + "/{code}")
    @PreAuthorize("@access.admin('indicatoradmin.refused.role')")
    String save(@PathVariable String code, @RequestParam Map<String, String> form,
                @RequestParam(required = false) String cumulative, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        IndicatorView existing = admin.indicator(code);
        try {
            admin.update(existing.code(), indicatorInput(form, null, cumulative), actor());
            redirect.addAttribute("gemt", existing.code());
            return "redirect:" + LIST;
        } catch (RequestRefused refused) {
            refuse(refused, form, model, response);
            return editView(existing, model);
        }
    }

    @GetMapping("/aftaler/{agreementId}/maal/{goalId}/maaltal")
    String target(@PathVariable String agreementId, @PathVariable String goalId,
                  @RequestParam(name = "gemt", required = false) String saved, Model model) {
        GoalView goal = goal(agreementId, goalId);
        model.addAttribute("saved", saved != null);
        model.addAttribute("form", currentForm(goal.id()));
        return targetView(agreementId, goal, model);
    }

    @PostMapping("/aftaler/{agreementId}/maal/{goalId}/maaltal")
    @PreAuthorize("@access.admin('indicatoradmin.refused.role')")
    String setTarget(@PathVariable String agreementId, @PathVariable String goalId, @RequestParam Map<String, String> form,
                     Model model, RedirectAttributes redirect, HttpServletResponse response) {
        GoalView goal = goal(agreementId, goalId);
        try {
            admin.setTarget(goal.id(), targetInput(form), actor());
            redirect.addAttribute("gemt", "1");
            return "redirect:/aftaler/" + agreementId + "/maal/" + goal.id() + "/maaltal";
        } catch (RequestRefused refused) {
            refuse(refused, form, model, response);
            model.addAttribute("saved", false);
            return targetView(agreementId, goal, model);
        }
    }

    private String listView(Model model) {
        model.addAttribute("indicators", admin.indicators());
        choices(model);
        return "indicatoradmin/indicators";
    }

    private String editView(IndicatorView indicator, Model model) {
        model.addAttribute("indicator", indicator);
        choices(model);
        return "indicatoradmin/indicator";
    }

    private String targetView(String agreementId, GoalView goal, Model model) {
        AgreementView agreement = catalog.agreement(agreementId).orElseThrow(() ->
                RequestRefused.notFound("indicatoradmin.refused.noAgreement"));
        List<TargetChange> changes = evaluations.targetChanges(goal.id());
        model.addAttribute("agreement", agreement);
        model.addAttribute("goal", goal);
        model.addAttribute("measurable", goal.kind() == GoalKind.MEASURABLE);
        model.addAttribute("current", changes.isEmpty() ? null : changes.get(changes.size() - 1));
        List<VersionRow> rows = new java.util.ArrayList<>(changes.stream().map(c -> new VersionRow(
                DanishFormat.date(DanishFormat.inDenmark(c.at()).toLocalDate()), c.first(), c.indicatorName(),
                c.description(), c.setBy())).toList());
        java.util.Collections.reverse(rows);
        model.addAttribute("versions", rows);
        model.addAttribute("hasIndicatorPage", evaluations.hasIndicatorPage(goal.id()));
        model.addAttribute("indicatorPath", IndicatorEvaluations.pagePath(agreementId, goal.id()));
        model.addAttribute("indicators", admin.indicators());
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("modes", TargetMode.values());
        model.addAttribute("precisions", List.of("DAY", "MONTH", "QUARTER", "HALF_YEAR", "YEAR"));
        return "indicatoradmin/target";
    }

    private static void choices(Model model) {
        model.addAttribute("directions", Direction.values());
        model.addAttribute("frequencies", IndicatorAdmin.FREQUENCIES);
    }

    private Map<String, String> currentForm(long goalId) {
        Map<String, String> form = new LinkedHashMap<>();
        evaluations.targetChanges(goalId).stream().reduce((a, b) -> b).map(TargetChange::target).ifPresent(t -> {
            form.put("indicatorCode", t.indicator());
            form.put("kind", t.kind().name());
            form.put("value", danish(t.value()));
            form.put("tolerance", danish(t.tolerance()));
            form.put("mode", t.mode().name());
            form.put("duePeriod", t.periodText());
            form.put("baselinePeriod", t.baselinePeriod() == null ? "" : t.baselinePeriod());
            form.put("baselineValue", danish(t.baselineValue()));
            form.put("precision", t.precision().name());
            form.put("dimension", t.dimension());
            form.put("countFrom", t.countFrom() == null ? "" : t.countFrom().toString());
        });
        return form;
    }

    private static String danish(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private void refuse(RequestRefused refused, Map<String, String> form, Model model, HttpServletResponse response) {
        response.setStatus(refused.status());
        String[] parts = refused.messageCode().split("\\.");
        model.addAttribute("errorField", parts.length == 4 ? parts[2] : null);
        model.addAttribute("errorMessage", messages.getMessage(refused.messageCode(), refused.arguments(),
                DanishFormat.DANISH));
        Map<String, String> kept = new LinkedHashMap<>();
        form.forEach((k, v) -> kept.put(k, v == null ? null : IndicatorAdmin.cut(v, 400)));
        model.addAttribute("form", kept);
    }

    private GoalView goal(String agreementId, String goalId) {
        return IndicatorAdminApiController.parse(goalId).flatMap(catalog::goal)
                .filter(g -> g.agreementId().equals(agreementId))
                .orElseThrow(() -> RequestRefused.notFound("indicatoradmin.refused.noGoal", IndicatorAdmin.cut(goalId, 20)));
    }

    private String actor() {
        return users.current().map(CurrentUser::username).orElse("anonymous");
    }

    private static IndicatorInput indicatorInput(Map<String, String> form, @Nullable String code,
                                                 @Nullable String cumulative) {
        Integer decimals;
        String d = blankToNull(form.get("decimals"));
        try {
            decimals = d == null ? null : Integer.valueOf(d.strip());
        } catch (NumberFormatException e) {
            throw RequestRefused.badRequest("indicatoradmin.refused.decimals.range");
        }
        String dims = form.get("dimensions");
        List<String> dimensions = dims == null || dims.isBlank() ? List.of()
                : Arrays.stream(dims.split(",", 20)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new IndicatorInput(code, form.get("name"), form.get("unit"), decimals, form.get("direction"),
                form.get("source"), form.get("frequency"), dimensions, cumulative != null);
    }

    static TargetInput targetInput(Map<String, String> form) {
        return new TargetInput(form.get("indicatorCode"), form.get("kind"), number(form.get("value"), "value"),
                number(form.get("tolerance"), "tolerance"), form.get("mode"), form.get("baselinePeriod"),
                number(form.get("baselineValue"), "baselineValue"), form.get("duePeriod"),
                blankToNull(form.get("precision")), form.get("dimension"), form.get("countFrom"));
    }

    /** A number as written in a Danish form: {@code 20}, {@code 19,5}, {@code -30}, {@code 1.648}, {@code 1.648,5}. */
    static @Nullable BigDecimal number(@Nullable String text, String field) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        String clean = t.strip().replace(" ", "").replace("\u00a0", "").replace('\u2212', '-');
        if (clean.length() > 40 || !clean.matches("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?|-?\\d+\\.\\d+")) {
            throw RequestRefused.badRequest("indicatoradmin.refused." + field + ".invalid", IndicatorAdmin.cut(t, 40));
        }
        String normal = clean.contains(",") || clean.matches("-?\\d{1,3}(\\.\\d{3})+")
                ? clean.replace(".", "").replace(',', '.') : clean;
        return new BigDecimal(normal);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
