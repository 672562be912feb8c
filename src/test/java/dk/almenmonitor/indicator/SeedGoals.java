package dk.almenmonitor.indicator;

import dk.almenmonitor.agreement.AgreementCatalog;

/** Finds a goal of the seed agreement by its kind and the start of its text. */
final class SeedGoals {

    private SeedGoals() {
    }

    static long goalId(AgreementCatalog catalog, String kind, String titleStart) {
        return catalog.goals("kk-bl1-2015-2018").stream()
                .filter(g -> g.kind().name().equals(kind) && g.title().replaceAll("\\s+", " ").startsWith(titleStart))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " goal " + titleStart)).id();
    }
}
