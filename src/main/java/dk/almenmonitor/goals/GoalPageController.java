package dk.almenmonitor.goals;

import java.util.List;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.followup.Achievement;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.followup.StatusView;
import dk.almenmonitor.indicator.IndicatorEvaluations;
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.jspecify.annotations.Nullable;

/** The goal list with filters and the page of one goal with its status in every round. */
@Controller
class GoalPageController {

    private final AgreementCatalog catalog;
    private final FollowUpQueries followUp;
    private final Organisations organisations;
    private final IndicatorEvaluations indicators;

    GoalPageController(AgreementCatalog catalog, FollowUpQueries followUp, Organisations organisations,
                       IndicatorEvaluations indicators) {
        this.catalog = catalog;
        this.followUp = followUp;
        this.organisations = organisations;
        this.indicators = indicators;
    }

    @GetMapping("/aftaler/{agreementId}/maal")
    String list(@PathVariable String agreementId, @RequestParam(required = false) @Nullable String period,
                @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String theme,
                @RequestParam(required = false) @Nullable String owner, @RequestParam(required = false) @Nullable String achievement,
                @RequestParam(required = false) @Nullable String overdue, Model model) {
        AgreementView agreement = agreement(agreementId);
        List<RoundView> rounds = followUp.rounds(agreementId);
        RoundView round = rounds.stream().filter(r -> r.period().equals(period)).findFirst()
                .orElse(rounds.isEmpty() ? null : rounds.get(rounds.size() - 1));
        GoalFilter filter = new GoalFilter(parseKind(kind), parseTheme(theme), owner, achievement, "ja".equals(overdue));
        List<GoalStatusRow> all = round == null
                ? catalog.goals(agreementId).stream().map(g -> new GoalStatusRow(g, null, null)).toList()
                : followUp.table(agreementId, round.period());
        model.addAttribute("agreement", agreement);
        model.addAttribute("navAgreementId", agreementId);
        model.addAttribute("rounds", rounds);
        model.addAttribute("round", round);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", filter.apply(all));
        model.addAttribute("total", all.size());
        model.addAttribute("kinds", GoalKind.values());
        model.addAttribute("achievements", Achievement.values());
        model.addAttribute("owners", all.stream().flatMap(r -> r.goal().owners().stream()).distinct().sorted().toList());
        return "goals/goals";
    }

    @GetMapping("/aftaler/{agreementId}/maal/{goalId}")
    String goal(@PathVariable String agreementId, @PathVariable String goalId, Model model) {
        AgreementView agreement = agreement(agreementId);
        GoalView goal = parseId(goalId).flatMap(catalog::goal).filter(g -> g.agreementId().equals(agreementId))
                .orElseThrow(() -> RequestRefused.notFound("goals.refused.noGoal"));
        model.addAttribute("agreement", agreement);
        model.addAttribute("navAgreementId", agreementId);
        model.addAttribute("goal", goal);
        model.addAttribute("ownerNotation", organisations.ownerNotation(goal.owners()));
        model.addAttribute("owners", goal.owners().stream().map(c -> organisations.byCode(c).orElse(null))
                .filter(o -> o != null).toList());
        model.addAttribute("themeName", agreement.themes().stream().filter(t -> t.number() == goal.theme())
                .map(t -> t.name()).findFirst().orElse(""));
        model.addAttribute("related", goal.relatedGoalId() == null ? null : catalog.goal(goal.relatedGoalId()).orElse(null));
        List<StatusView> newestFirst = new java.util.ArrayList<>(followUp.history(goal));
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("history", newestFirst);
        model.addAttribute("changes", followUp.changeHistory(goal.id()));
        if (indicators.hasIndicatorPage(goal.id())) {
            model.addAttribute("indicatorPath", IndicatorEvaluations.pagePath(agreementId, goal.id()));
            // The one default evaluation date (the end of the latest round's quarter; docs/domain.md §4).
            model.addAttribute("evaluation", indicators.evaluate(goal.id(), indicators.defaultAsOf(agreementId))
                    .orElse(null));
        }
        return "goals/goal";
    }

    private AgreementView agreement(String agreementId) {
        return catalog.agreement(agreementId).orElseThrow(() ->
                RequestRefused.notFound("goals.refused.noAgreement"));
    }

    private static java.util.Optional<Long> parseId(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static @Nullable GoalKind parseKind(@Nullable String kind) {
        try {
            return kind == null || kind.isBlank() ? null : GoalKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer parseTheme(@Nullable String theme) {
        return theme != null && theme.matches("\\d{1,3}") ? Integer.valueOf(theme) : null;
    }
}
