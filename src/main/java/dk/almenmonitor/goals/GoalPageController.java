package dk.almenmonitor.goals;

import java.util.List;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.decision.DecisionInput;
import dk.almenmonitor.decision.Decisions;
import dk.almenmonitor.followup.Achievement;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.followup.StatusView;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.indicator.IndicatorEvaluations;
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

import org.jspecify.annotations.Nullable;

/**
 * The goal list with filters and the page of one goal: its status in every round, its timeline (decisions, statuses,
 * achievement and target changes; {@link GoalTimeline}) and the form that records a decision. The goal page composes
 * the facades of followup, indicator and decision; none of them depends on this module, so there is no cycle.
 */
@Controller
class GoalPageController {

    private final AgreementCatalog catalog;
    private final FollowUpQueries followUp;
    private final Organisations organisations;
    private final IndicatorEvaluations indicators;
    private final Decisions decisions;
    private final CurrentUsers users;
    private final MessageSource messages;

    GoalPageController(AgreementCatalog catalog, FollowUpQueries followUp, Organisations organisations,
                       IndicatorEvaluations indicators, Decisions decisions, CurrentUsers users, MessageSource messages) {
        this.catalog = catalog;
        this.decisions = decisions;
        this.users = users;
        this.messages = messages;
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
    String goal(@PathVariable String agreementId, @PathVariable String goalId,
                @RequestParam(required = false) @Nullable String beslutning,
                @RequestParam(required = false) @Nullable String gemt,
                @RequestParam(required = false) @Nullable String udgaaet, Model model) {
        prepare(agreementId, goalId, model);
        model.addAttribute("goalSaved", gemt != null);
        model.addAttribute("goalRetired", udgaaet != null);
        model.addAttribute("decisionRecorded", "registreret".equals(beslutning));
        model.addAttribute("decisionForm", new DecisionInput(null, null, null, null, null));
        return "goals/goal";
    }

    /**
     * Records a decision from the goal page's form (ADMIN and the goal's owners; CSRF as every form). A refused field
     * shows the page again with the Danish reason at the field (400); success goes back to the timeline.
     */
    @PostMapping("/aftaler/{agreementId}/maal/{goalId}/beslutninger")
    @PreAuthorize("@access.adminOrEditor('decision.refused.role')")
    String recordDecision(@PathVariable String agreementId, @PathVariable String goalId,
                          @RequestParam(required = false) @Nullable String date,
                          @RequestParam(required = false) @Nullable String forum,
                          @RequestParam(required = false) @Nullable String text,
                          @RequestParam(required = false) @Nullable String reference,
                          Model model, HttpServletResponse response) {
        GoalView goal = goalOf(agreementId, goalId);
        DecisionInput input = new DecisionInput(date, forum, text, reference, null);
        try {
            decisions.record(goal.id(), input, users.current().orElse(null));
        } catch (RequestRefused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            prepare(agreementId, goalId, model);
            model.addAttribute("decisionRecorded", false);
            model.addAttribute("decisionForm", new DecisionInput(cut(date, 20), cut(forum, 40), cut(text, 600),
                    cut(reference, 400), null));
            model.addAttribute("decisionField", Decisions.field(refused));
            model.addAttribute("decisionError", messages.getMessage(refused.messageCode(), refused.arguments(),
                    DanishFormat.DANISH));
            response.setStatus(400);
            return "goals/goal";
        }
        return "redirect:/aftaler/" + agreementId + "/maal/" + goal.id() + "?beslutning=registreret#tidslinje";
    }

    private void prepare(String agreementId, String goalId, Model model) {
        AgreementView agreement = agreement(agreementId);
        GoalView goal = goalOf(agreementId, goalId);
        model.addAttribute("agreement", agreement);
        model.addAttribute("navAgreementId", agreementId);
        model.addAttribute("goal", goal);
        model.addAttribute("ownerNotation", organisations.ownerNotation(goal.owners()));
        model.addAttribute("owners", goal.owners().stream().map(c -> organisations.byCode(c).orElse(null))
                .filter(o -> o != null).toList());
        model.addAttribute("themeName", agreement.themes().stream().filter(t -> t.number() == goal.theme())
                .map(t -> t.name()).findFirst().orElse(""));
        model.addAttribute("related", goal.relatedGoalId() == null ? null : catalog.goal(goal.relatedGoalId()).orElse(null));
        // Goal maintenance: the edit history, and the goals it continues / is continued by across agreements.
        model.addAttribute("goalChanges", catalog.history(goal.id()));
        GoalView from = goal.takenOverFromId() == null ? null : catalog.goal(goal.takenOverFromId()).orElse(null);
        model.addAttribute("takenOverFrom", from);
        model.addAttribute("takenOverFromAgreement", from == null ? null : catalog.agreement(from.agreementId()).orElse(null));
        model.addAttribute("takenOverInto", catalog.takenOverInto(goal.id()).stream()
                .map(g -> new LinkedGoal(g, catalog.agreement(g.agreementId()).map(AgreementView::name).orElse(g.agreementId())))
                .toList());
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
        model.addAttribute("timeline", GoalTimeline.of(decisions.forGoal(goal.id()), followUp.history(goal),
                followUp.rounds(agreementId), indicators.targetChanges(goal.id())));
        model.addAttribute("canRecordDecision", decisions.canRecord(users.current().orElse(null), goal));
        model.addAttribute("forums", decisions.forums());
        model.addAttribute("decisionLimits", Decisions.LIMITS);
    }

    /** A goal of another agreement with that agreement's name, for the links across agreements. */
    record LinkedGoal(GoalView goal, String agreementName) {
    }

    private GoalView goalOf(String agreementId, String goalId) {
        return parseId(goalId).flatMap(catalog::goal).filter(g -> g.agreementId().equals(agreementId))
                .orElseThrow(() -> RequestRefused.notFound("goals.refused.noGoal"));
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
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
