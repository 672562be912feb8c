package dk.almenmonitor.followup;

import java.util.Optional;

import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.identity.CurrentUser;

/**
 * Who may change a status (issue 3): an EDITOR only goals owned by one of its organisations and only
 * while the round is OPEN; ADMIN every goal while the round is OPEN or IN_REVIEW; nobody once it is APPROVED.
 * Goals owned by the municipality as a whole ("KK") and intents without an owner are the secretariat's (ADMIN).
 */
final class StatusEditPolicy {

    private StatusEditPolicy() {
    }

    static boolean canEdit(CurrentUser user, GoalView goal, RoundState state) {
        return refusal(user, goal, state).isEmpty();
    }

    /** Why the user may not edit, in Danish; empty when allowed. */
    static Optional<FollowUpException> refusal(CurrentUser user, GoalView goal, RoundState state) {
        if (user == null) {
            return Optional.of(FollowUpException.forbidden("followup.refused.edit.login"));
        }
        if (state == RoundState.APPROVED) {
            return Optional.of(FollowUpException.conflict("followup.refused.edit.locked"));
        }
        if (user.isAdmin()) {
            return Optional.empty();
        }
        if (!user.isEditor()) {
            return Optional.of(FollowUpException.forbidden("followup.refused.edit.role"));
        }
        if (state != RoundState.OPEN) {
            return Optional.of(FollowUpException.conflict("followup.refused.edit.inReview"));
        }
        // "KK" never makes an editor an owner, even if a token or mapping slipped it into the editor's organisations.
        if (!user.actsForOwnerAmong(goal.owners())) {
            return Optional.of(FollowUpException.forbidden("followup.refused.edit.notOwner"));
        }
        return Optional.empty();
    }
}
