package dk.almenmonitor.followup;

import java.util.List;

/**
 * What changed in a round compared with the round before (the "change view"): per goal whether the owner
 * edited the text, the achievement before and after, and whether a delay is new; overall counts.
 */
public record RoundChanges(String agreementId, String period, String previousPeriod, int edited, int unchanged,
                           int achievementChanges, int newDelays, List<Change> goals) {

    public record Change(long goalId, String title, List<String> owners, boolean edited, Achievement achievementBefore,
                         Achievement achievementAfter, boolean achievementChanged, boolean newDelay,
                         String delayReason) {
    }
}
