package dk.almenmonitor.indicator;

import java.util.Set;

/**
 * The result of evaluating a target, and the achievements ("målopfyldelse", the names of the follow-up module's
 * {@code Achievement}) it suggests and agrees with.
 */
public enum EvaluationStatus {
    MET("FULFILLED", Set.of("FULFILLED")),
    MET_WITHIN_TOLERANCE("FULFILLED", Set.of("FULFILLED")),
    ON_TRACK("IN_PROGRESS", Set.of("IN_PROGRESS")),
    OFF_TRACK("IN_PROGRESS", Set.of("IN_PROGRESS", "NOT_FULFILLED")),
    NOT_MET("NOT_FULFILLED", Set.of("NOT_FULFILLED")),
    NO_DATA(null, Set.of());

    private final String suggestedAchievement;
    private final Set<String> consistentAchievements;

    EvaluationStatus(String suggestedAchievement, Set<String> consistentAchievements) {
        this.suggestedAchievement = suggestedAchievement;
        this.consistentAchievements = consistentAchievements;
    }

    /** FULFILLED, IN_PROGRESS or NOT_FULFILLED; null for NO_DATA (the data suggests nothing). */
    public String suggestedAchievement() {
        return suggestedAchievement;
    }

    /** The owner-set achievements that agree with this status; empty for NO_DATA (nothing to disagree with). */
    public Set<String> consistentAchievements() {
        return consistentAchievements;
    }
}
