package dk.almenmonitor.agreement;

public record GoalUpsert(long goalId, UpsertOutcome outcome) {
}
