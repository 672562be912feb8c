package dk.almenmonitor.opcost;

import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.indicator.IndicatorGoals;
import org.springframework.stereotype.Component;

/**
 * The goal the benchmark serves: in the seed agreement, "At boligorganisationerne forpligter sig til at sikre en
 * effektiv drift. Der udarbejdes en model for den fornødne dokumentation og benchmarking heraf som bruges ved
 * styringsdialogen." (theme 3), the goal linked to the indicator {@value OperatingCostIndicator#INDICATOR}; when no
 * goal is linked to it, the page links the agreement's goal list instead.
 */
@Component
class ServedGoal {

    static final String AGREEMENT = "kk-bl1-2015-2018";

    /** A link to the goal ({@code goal} true) or to the goal list; {@code title} null for the list. */
    record Link(String path, String title, boolean goal) {
    }

    private final AgreementCatalog catalog;
    private final IndicatorGoals goals;

    ServedGoal(AgreementCatalog catalog, IndicatorGoals goals) {
        this.catalog = catalog;
        this.goals = goals;
    }

    /** The link, or empty when the agreement is not there at all. */
    Optional<Link> link() {
        if (!catalog.exists(AGREEMENT)) {
            return Optional.empty();
        }
        return Optional.of(goals.of(OperatingCostIndicator.INDICATOR).map(g -> new Link(g.goalPath(), g.title(), true))
                .orElse(new Link("/aftaler/" + AGREEMENT + "/maal", null, false)));
    }
}
