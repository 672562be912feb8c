/**
 * The decision log (issue 13 item 3, docs/domain.md §18): decisions of the fora — Samarbejdsforum, Partnerskabsforum,
 * Teknik- og Miljøudvalget, Økonomiudvalget, Borgerrepræsentationen, BL's 1. kreds — recorded against one or more
 * goals with a date, the decision in a sentence and a reference (case number or http/https link). Recorded by ADMIN and
 * by the goal's owners (the ownership rule of {@link dk.almenmonitor.identity.CurrentUser#actsForOwnerAmong}); every
 * write is audited. {@code GET/POST /api/v1/goals/{goalId}/decisions}; the facade {@link dk.almenmonitor.decision.Decisions}
 * serves the goal page's timeline and the redegørelse. The seed's decisions are loaded from {@code seed/decisions.csv}.
 * Schema {@code decision}. The rules are in docs/domain.md ("Decisions").
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "identity", "shared"})
package dk.almenmonitor.decision;

import org.jspecify.annotations.NullMarked;
