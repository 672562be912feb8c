package dk.almenmonitor.agreement;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.almenmonitor.shared.WrittenPeriod;

/**
 * A goal as the API and other modules see it; the field names are part of the API contract. {@code version} is the
 * optimistic-locking version (the ETag of {@code GET /api/v1/goals/{id}}); a {@code retired} goal gets no status in new
 * rounds; {@code takenOverFromId} is the goal of an earlier agreement this one continues.
 */
public record GoalView(long id, @JsonIgnore String agreementId, GoalKind kind, int theme, String title,
                       String content, WrittenPeriod deadline, List<String> owners, boolean concrete, int order,
                       Long relatedGoalId, int version, boolean retired, Long takenOverFromId) {
}
