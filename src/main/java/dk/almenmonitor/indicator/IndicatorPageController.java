package dk.almenmonitor.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard of an agreement's measurable goals and the indicator page of one goal. */
@Controller
class IndicatorPageController {

    /** A goal on the dashboard with its panels (empty when it has no indicator yet). */
    record GoalCard(GoalView goal, List<IndicatorPanel> panels) {
    }

    private final AgreementCatalog catalog;
    private final IndicatorQueries queries;
    private final IndicatorPanels panels;
    private final IndicatorEvaluations evaluations;

    IndicatorPageController(AgreementCatalog catalog, IndicatorQueries queries, IndicatorPanels panels,
                            IndicatorEvaluations evaluations) {
        this.catalog = catalog;
        this.queries = queries;
        this.panels = panels;
        this.evaluations = evaluations;
    }

    @GetMapping("/aftaler/{agreementId}/indikatorer")
    String dashboard(@PathVariable String agreementId, @RequestParam(required = false) String asOf, Model model) {
        AgreementView agreement = agreement(agreementId);
        LocalDate date = asOf(agreementId, asOf);
        List<Long> linked = queries.linkedGoals();
        List<GoalCard> measurable = new ArrayList<>();
        List<GoalCard> others = new ArrayList<>();
        for (GoalView goal : catalog.goals(agreementId)) {
            if (goal.kind() == GoalKind.MEASURABLE) {
                measurable.add(new GoalCard(goal, panels.panels(goal.id(), date, true)));
            } else if (linked.contains(goal.id())) {
                others.add(new GoalCard(goal, panels.panels(goal.id(), date, true)));
            }
        }
        model.addAttribute("agreement", agreement);
        model.addAttribute("asOf", date);
        model.addAttribute("asOfText", DanishFormat.date(date));
        model.addAttribute("measurable", measurable);
        model.addAttribute("others", others);
        return "indicator/dashboard";
    }

    @GetMapping("/aftaler/{agreementId}/maal/{goalId}/indikator")
    String goal(@PathVariable String agreementId, @PathVariable String goalId, @RequestParam(required = false) String asOf,
                Model model) {
        AgreementView agreement = agreement(agreementId);
        GoalView goal = IndicatorApiController.parseId(goalId).flatMap(catalog::goal)
                .filter(g -> g.agreementId().equals(agreementId))
                .orElseThrow(() -> RequestRefused.notFound("indicator.refused.noGoal"));
        LocalDate date = asOf(agreementId, asOf);
        List<IndicatorPanel> list = panels.panels(goal.id(), date, false);
        if (list.isEmpty()) {
            throw RequestRefused.notFound("indicator.refused.noIndicator");
        }
        model.addAttribute("agreement", agreement);
        model.addAttribute("goal", goal);
        model.addAttribute("asOf", date);
        model.addAttribute("asOfText", DanishFormat.date(date));
        model.addAttribute("panels", list);
        return "indicator/goal";
    }

    private LocalDate asOf(String agreementId, String text) {
        if (text == null || text.isBlank()) {
            return evaluations.defaultAsOf(agreementId);
        }
        return IndicatorApiController.parseDate(text);
    }

    private AgreementView agreement(String agreementId) {
        return catalog.agreement(agreementId).orElseThrow(() ->
                RequestRefused.notFound("indicator.refused.noAgreement"));
    }
}
