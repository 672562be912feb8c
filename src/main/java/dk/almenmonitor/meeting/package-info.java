/**
 * Meetings of the fora (issue 13 item 4, docs/domain.md §22): a meeting of a forum (the decision module's
 * {@link dk.almenmonitor.decision.Forum}) on a date, following up one round of an agreement. Its briefing — changes
 * since the previous meeting of the same forum, overdue goals, what is missing in the round, the decisions recorded
 * since then and the goals to record decisions on — is a page and a DOCX for the agenda. ADMIN creates meetings
 * (page {@code /aftaler/{agreementId}/moeder}, {@code POST /api/v1/agreements/{agreementId}/meetings}); every
 * logged-in user reads. Schema {@code meeting}. The rules are in docs/domain.md ("Meetings").
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "decision", "followup", "identity",
        "shared"})
package dk.almenmonitor.meeting;

import org.jspecify.annotations.NullMarked;
