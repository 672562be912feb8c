package dk.almenmonitor.agreement;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's pages for agreements and goals (ADMIN only, CSRF as every form): a new agreement, a new goal, the
 * edit form with the conflict view when someone saved first, retiring, the order within each theme, and taking goals
 * over from an earlier agreement. A refused field shows the form again with the Danish reason at the field.
 */
@Controller
@PreAuthorize("@access.admin('agreement.refused.role')")
class GoalPagesController {

    private static final int MAX_TAKE_OVER_FORM = GoalRules.MAX_TAKE_OVER;

    private final AgreementCatalog catalog;
    private final GoalEditing editing;
    private final Organisations organisations;
    private final CurrentUsers users;
    private final MessageSource messages;

    GoalPagesController(AgreementCatalog catalog, GoalEditing editing, Organisations organisations, CurrentUsers users,
                        MessageSource messages) {
        this.catalog = catalog;
        this.editing = editing;
        this.organisations = organisations;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/aftaler/ny")
    String newAgreement(Model model) {
        model.addAttribute("form", AgreementForm.empty());
        return "agreement/agreement-form";
    }

    @PostMapping("/aftaler/ny")
    String createAgreement(AgreementForm form, Model model, HttpServletResponse response) {
        try {
            AgreementView created = editing.createAgreement(form.toInput(), username());
            return "redirect:/aftaler/" + created.id() + "/vedligehold?oprettet";
        } catch (RequestRefused refused) {
            refusedAt(refused, model, response);
            model.addAttribute("form", form.bounded());
            return "agreement/agreement-form";
        }
    }

    /** The agreement's goals theme by theme in their order, with the ways to change them. */
    @GetMapping("/aftaler/{agreementId}/vedligehold")
    String maintain(@PathVariable String agreementId, @RequestParam(required = false) String oprettet,
                    @RequestParam(required = false) String flyttet, @RequestParam(required = false) String overtaget,
                    Model model) {
        AgreementView agreement = agreement(agreementId);
        Map<ThemeView, List<GoalView>> byTheme = new LinkedHashMap<>();
        List<GoalView> goals = catalog.goals(agreementId);
        for (ThemeView theme : agreement.themes()) {
            byTheme.put(theme, goals.stream().filter(g -> g.theme() == theme.number()).toList());
        }
        model.addAttribute("agreement", agreement);
        model.addAttribute("navAgreementId", agreementId);
        model.addAttribute("byTheme", byTheme);
        model.addAttribute("created", oprettet != null);
        model.addAttribute("moved", flyttet != null);
        model.addAttribute("takenOver", overtaget != null && overtaget.matches("\\d{1,3}") ? overtaget : null);
        return "agreement/maintain";
    }

    @GetMapping("/aftaler/{agreementId}/maal/ny")
    String newGoal(@PathVariable String agreementId, Model model) {
        AgreementView agreement = agreement(agreementId);
        String firstTheme = agreement.themes().isEmpty() ? null : String.valueOf(agreement.themes().get(0).number());
        return goalForm(agreement, null, new GoalForm(null, firstTheme, null, null, null, List.of(), null, null), model);
    }

    @PostMapping("/aftaler/{agreementId}/maal/ny")
    String addGoal(@PathVariable String agreementId, GoalForm form, Model model, HttpServletResponse response) {
        AgreementView agreement = agreement(agreementId);
        try {
            GoalView goal = editing.addGoal(agreementId, form.toInput(), username());
            return "redirect:/aftaler/" + agreementId + "/maal/" + goal.id() + "?gemt";
        } catch (RequestRefused refused) {
            refusedAt(refused, model, response);
            return goalForm(agreement, null, form.bounded(), model);
        }
    }

    @GetMapping("/aftaler/{agreementId}/maal/{goalId}/rediger")
    String editGoal(@PathVariable String agreementId, @PathVariable String goalId, Model model) {
        GoalView goal = goalOf(agreementId, goalId);
        if (goal.retired()) {
            throw RequestRefused.conflict("agreement.refused.retired");
        }
        return goalForm(agreement(agreementId), goal, GoalForm.of(goal), model);
    }

    @PostMapping("/aftaler/{agreementId}/maal/{goalId}/rediger")
    String saveGoal(@PathVariable String agreementId, @PathVariable String goalId, GoalForm form, Model model,
                    HttpServletResponse response) {
        GoalView goal = goalOf(agreementId, goalId);
        try {
            GoalView saved = editing.edit(goal.id(), form.version(), form.toInput(), username());
            return "redirect:/aftaler/" + agreementId + "/maal/" + saved.id() + "?gemt";
        } catch (StaleGoalException stale) {
            // The page shows both versions; the honest status of a conflicting write from a page is 409.
            response.setStatus(409);
            model.addAttribute("theirs", stale.current());
            model.addAttribute("theirsBy", catalog.history(goal.id()).stream().findFirst()
                    .map(GoalChangeView::changedBy).orElse("–"));
            model.addAttribute("mine", form.bounded());
            return goalForm(agreement(agreementId), stale.current(), GoalForm.of(stale.current()), model);
        } catch (RequestRefused refused) {
            if (refused.status() == 428) {
                throw refused;
            }
            refusedAt(refused, model, response);
            return goalForm(agreement(agreementId), goal, form.bounded(), model);
        }
    }

    @PostMapping("/aftaler/{agreementId}/maal/{goalId}/udgaa")
    String retire(@PathVariable String agreementId, @PathVariable String goalId,
                  @RequestParam(required = false) Integer version) {
        GoalView goal = goalOf(agreementId, goalId);
        try {
            editing.retire(goal.id(), version, username());
        } catch (StaleGoalException stale) {
            throw RequestRefused.conflict("agreement.refused.retireStale", stale.current().version());
        }
        return "redirect:/aftaler/" + agreementId + "/maal/" + goal.id() + "?udgaaet";
    }

    @PostMapping("/aftaler/{agreementId}/maal/{goalId}/flyt")
    String move(@PathVariable String agreementId, @PathVariable String goalId,
                @RequestParam(required = false) String retning) {
        GoalView goal = goalOf(agreementId, goalId);
        if (!"op".equals(retning) && !"ned".equals(retning)) {
            throw GoalRules.refuse("direction.invalid");
        }
        editing.move(goal.id(), "op".equals(retning), username());
        return "redirect:/aftaler/" + agreementId + "/vedligehold?flyttet#goal-" + goal.id();
    }

    @GetMapping("/aftaler/{agreementId}/overtag")
    String takeOverForm(@PathVariable String agreementId, @RequestParam(required = false) String fra, Model model) {
        return takeOverPage(agreement(agreementId), fra, model);
    }

    @PostMapping("/aftaler/{agreementId}/overtag")
    String takeOver(@PathVariable String agreementId, @RequestParam(required = false) String fra,
                    @RequestParam(name = "goalIds", required = false) List<String> goalIds,
                    @RequestParam(required = false) String tema, Model model, HttpServletResponse response) {
        AgreementView agreement = agreement(agreementId);
        try {
            List<Long> ids = goalIds == null ? List.of() : goalIds.stream().limit(MAX_TAKE_OVER_FORM + 1L)
                    .filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).toList();
            Map<Long, Integer> themes = new LinkedHashMap<>();
            if (tema != null && !tema.isBlank()) {
                int theme = GoalRules.theme(tema, agreement.themes().stream().map(ThemeView::number)
                        .collect(Collectors.toSet()));
                ids.forEach(id -> themes.put(id, theme));
            }
            List<GoalView> created = editing.takeOver(agreementId, ids, themes, username());
            return "redirect:/aftaler/" + agreementId + "/vedligehold?overtaget=" + created.size();
        } catch (RequestRefused refused) {
            refusedAt(refused, model, response);
            return takeOverPage(agreement, fra, model);
        }
    }

    private String takeOverPage(AgreementView agreement, String from, Model model) {
        List<AgreementView> sources = catalog.agreements().stream().filter(a -> !a.id().equals(agreement.id()))
                .filter(a -> a.validFrom() == null || agreement.validFrom() == null
                        || a.validFrom().isBefore(agreement.validFrom()))
                // The latest earlier agreement first; one without a validity last.
                .sorted(Comparator.comparing(AgreementView::validFrom, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        AgreementView source = sources.stream().filter(a -> a.id().equals(from)).findFirst()
                .orElse(sources.isEmpty() ? null : sources.get(0));
        Set<Long> already = catalog.goals(agreement.id()).stream().map(GoalView::takenOverFromId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        model.addAttribute("agreement", agreement);
        model.addAttribute("navAgreementId", agreement.id());
        model.addAttribute("sources", sources);
        model.addAttribute("source", source);
        model.addAttribute("sourceGoals", source == null ? List.of() : catalog.goals(source.id()).stream()
                .filter(g -> !g.retired()).toList());
        model.addAttribute("already", already);
        return "agreement/take-over";
    }

    private String goalForm(AgreementView agreement, GoalView goal, GoalForm form, Model model) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("navAgreementId", agreement.id());
        model.addAttribute("goal", goal);
        model.addAttribute("form", form);
        model.addAttribute("kinds", GoalKind.values());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("relatable", catalog.goals(agreement.id()).stream()
                .filter(g -> goal == null || g.id() != goal.id()).sorted(Comparator.comparingInt(GoalView::order)).toList());
        model.addAttribute("limits", Map.of("title", GoalRules.MAX_TITLE, "content", GoalRules.MAX_CONTENT,
                "deadline", GoalRules.MAX_DEADLINE));
        return "agreement/goal-form";
    }

    private void refusedAt(RequestRefused refused, Model model, HttpServletResponse response) {
        if (refused.status() != 400 && refused.status() != 409) {
            throw refused;
        }
        response.setStatus(refused.status());
        model.addAttribute("errorField", GoalRules.field(refused));
        model.addAttribute("error", messages.getMessage(refused.messageCode(), refused.arguments(), DanishFormat.DANISH));
    }

    private AgreementView agreement(String agreementId) {
        return catalog.agreement(agreementId).orElseThrow(() ->
                RequestRefused.notFound("agreement.refused.unknown", agreementId.length() > 70
                        ? agreementId.substring(0, 70) : agreementId));
    }

    private GoalView goalOf(String agreementId, String goalId) {
        if (!goalId.matches("\\d{1,18}")) {
            throw RequestRefused.notFound("goals.refused.noGoal");
        }
        return catalog.goal(Long.parseLong(goalId)).filter(g -> g.agreementId().equals(agreementId))
                .orElseThrow(() -> RequestRefused.notFound("goals.refused.noGoal"));
    }

    private String username() {
        return users.current().map(CurrentUser::username).orElse("anonymous");
    }
}
