package dk.almenmonitor.indicator;

import java.util.List;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which goals an indicator serves, for a monitor page that links to them: the goals linked to the indicator (every
 * goal with a target on it is linked, and the seed links goals followed without a target), the goals whose target is
 * on the indicator first, then by goal id.
 */
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

    /** Every goal the indicator serves; empty when none is linked. */
    public List<GoalLink> measuredBy(String indicatorCode) {
        return targets.goalsOf(indicatorCode).stream().map(catalog::goal).flatMap(Optional::stream)
                .map(IndicatorGoals::link).toList();
    }

    /** The goal the indicator serves first (its target's goal when there is one); empty when none is linked. */
    public Optional<GoalLink> of(String indicatorCode) {
        return measuredBy(indicatorCode).stream().findFirst();
    }

    private static GoalLink link(GoalView goal) {
        return new GoalLink(goal.agreementId(), goal.id(), goal.title(),
                "/aftaler/" + goal.agreementId() + "/maal/" + goal.id(),
                IndicatorEvaluations.pagePath(goal.agreementId(), goal.id()));
    }
}
