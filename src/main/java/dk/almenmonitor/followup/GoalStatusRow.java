package dk.almenmonitor.followup;

import dk.almenmonitor.agreement.GoalView;

/** A goal with its status in a round and in the round before (either may be null). */
public record GoalStatusRow(GoalView goal, StatusView status, StatusView previous) {

    public boolean hasStatus() {
        return status != null && FollowUpRules.hasText(status.statusText());
    }

    public boolean overdue() {
        return status != null && status.overdue();
    }

    public boolean overdueWithoutReason() {
        return overdue() && !FollowUpRules.hasText(status.delayReason());
    }

    public Achievement achievement() {
        return status == null ? null : status.achievement();
    }
}
