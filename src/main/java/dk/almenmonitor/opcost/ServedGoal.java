package dk.almenmonitor.opcost;

import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The goal the benchmark serves: in the seed agreement, "At boligorganisationerne forpligter sig til at sikre en
 * effektiv drift. Der udarbejdes en model for den fornødne dokumentation og benchmarking heraf som bruges ved
 * styringsdialogen." (theme 3). Found by the start of its title, the setting {@code almen.opcost.served-goal}; when the
 * agreement has no such goal, the page links the agreement's goal list instead.
 */
@Component
class ServedGoal {

    static final String AGREEMENT = "kk-bl1-2015-2018";

    /** A link to the goal ({@code goal} true) or to the goal list; {@code title} null for the list. */
    record Link(String path, String title, boolean goal) {
    }

    private final AgreementCatalog catalog;
    private final String titleStart;

    ServedGoal(AgreementCatalog catalog, @Value("${almen.opcost.served-goal}") String titleStart) {
        this.catalog = catalog;
        this.titleStart = normalise(titleStart);
    }

    /** The link, or empty when the agreement is not there at all. */
    Optional<Link> link() {
        if (!catalog.exists(AGREEMENT)) {
            return Optional.empty();
        }
        Optional<GoalView> goal = catalog.goals(AGREEMENT).stream()
                .filter(g -> !titleStart.isEmpty() && normalise(g.title()).startsWith(titleStart)).findFirst();
        return Optional.of(goal.map(g -> new Link("/aftaler/" + AGREEMENT + "/maal/" + g.id(), g.title(), true))
                .orElse(new Link("/aftaler/" + AGREEMENT + "/maal", null, false)));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
