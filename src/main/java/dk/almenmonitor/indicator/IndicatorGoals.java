package dk.almenmonitor.indicator;

import java.util.List;

import dk.almenmonitor.agreement.AgreementCatalog;
import org.springframework.stereotype.Component;

/**
 * Which goals an indicator serves, for the pages that show the indicator's data (the monitor pages link the goal
 * page {@code /aftaler/{agreementId}/maal/{goalId}}).
 */
@Component
public class IndicatorGoals {

    /** A goal the indicator is linked to: its agreement, id and title. */
    public record Link(String agreementId, long goalId, String title) {

        public String path() {
            return "/aftaler/" + agreementId + "/maal/" + goalId;
        }
    }

    private final IndicatorGoalRepository goals;
    private final AgreementCatalog catalog;

    IndicatorGoals(IndicatorGoalRepository goals, AgreementCatalog catalog) {
        this.goals = goals;
        this.catalog = catalog;
    }

    /** The goals linked to the indicator, those with a target on it first. */
    public List<Link> of(String indicatorCode) {
        return goals.goalsOf(indicatorCode).stream().flatMap(id -> catalog.goal(id).stream())
                .map(g -> new Link(g.agreementId(), g.id(), g.title())).toList();
    }
}
