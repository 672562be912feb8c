package dk.almenmonitor.indicator;

import java.util.Comparator;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which goal an indicator serves, for a monitor page that links to it. */
@Service
@Transactional(readOnly = true)
public class IndicatorGoals {

    /** The goal's agreement, id and title, and the paths of its goal page and indicator page. */
    public record GoalLink(String agreementId, long goalId, String title, String goalPath, String indicatorPath) {
    }

    private final TargetRepository targets;
    private final AgreementCatalog catalog;

    IndicatorGoals(TargetRepository targets, AgreementCatalog catalog) {
        this.targets = targets;
        this.catalog = catalog;
    }

    /** The goal whose target is on the indicator (the lowest goal id when several are); empty when none is. */
    public Optional<GoalLink> of(String indicatorCode) {
        return targets.findAll().stream().filter(t -> t.indicator().equals(indicatorCode))
                .min(Comparator.comparingLong(TargetView::goalId))
                .flatMap(t -> catalog.goal(t.goalId()))
                .map(IndicatorGoals::link);
    }

    private static GoalLink link(GoalView goal) {
        return new GoalLink(goal.agreementId(), goal.id(), goal.title(),
                "/aftaler/" + goal.agreementId() + "/maal/" + goal.id(),
                IndicatorEvaluations.pagePath(goal.agreementId(), goal.id()));
    }
}
