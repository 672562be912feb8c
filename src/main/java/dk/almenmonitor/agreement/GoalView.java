package dk.almenmonitor.agreement;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.almenmonitor.shared.WrittenPeriod;

/** A goal as the API and other modules see it; the field names are part of the API contract. */
public record GoalView(long id, @JsonIgnore String agreementId, GoalKind kind, int theme, String title,
                       String content, WrittenPeriod deadline, List<String> owners, boolean concrete, int order,
                       Long relatedGoalId) {
}
