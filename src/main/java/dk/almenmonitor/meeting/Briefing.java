package dk.almenmonitor.meeting;

import java.time.LocalDate;
import java.util.List;

import dk.almenmonitor.decision.DecisionView;
import dk.almenmonitor.followup.Achievement;
import org.jspecify.annotations.Nullable;

/**
 * A meeting's briefing (docs/domain.md "Meetings"): what changed in the rounds since the previous meeting of the same
 * forum, the overdue goals and what is missing in the meeting's round, the decisions recorded since the previous
 * meeting and the goals to record decisions on.
 *
 * @param previous      the previous meeting of the same forum on the agreement; null for the first
 * @param changes       the goals whose status changed in each round after the previous meeting's round
 * @param decisionsFrom the first day the decisions are counted from (the day after the previous meeting)
 */
public record Briefing(MeetingView meeting, @Nullable MeetingView previous, List<Change> changes, List<Goal> overdue,
                       List<Missing> missing, LocalDate decisionsFrom, List<DecisionView> decisions,
                       List<Goal> toDecide) {

    /** A goal whose status changed in a round: text edited, achievement changed or a new delay. */
    public record Change(String period, String periodLabel, long goalId, String title, boolean edited,
                         @Nullable Achievement achievementBefore, @Nullable Achievement achievementAfter,
                         boolean achievementChanged, boolean newDelay, @Nullable String delayReason) {
    }

    /** A goal with its owners and, when overdue, its delay reason. */
    public record Goal(long goalId, String title, List<String> owners, @Nullable String delayReason) {
    }

    /** What the round's quality check finds missing; {@code kind} names the check (message key meeting.missing.*). */
    public record Missing(String kind, long goalId, String title, String message) {
    }
}
