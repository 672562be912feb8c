package dk.almenmonitor.agreement;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A goal as a client or the form sends it, unchecked: the goal shape of the API (so a client may send back what
 * {@code GET /api/v1/goals/{id}} gave; {@code id}, {@code concrete}, {@code order} … are ignored). {@code deadline} is
 * the Danish text, or the API's {@code {"text", …}} object whose text is read. {@link GoalRules} checks it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalInput(String kind, String theme, String title, String content, Object deadline, List<String> owners,
                        String relatedGoalId) {

    /** The deadline's text, whichever shape it came in; null when none. */
    String deadlineText() {
        if (deadline instanceof Map<?, ?> map) {
            Object text = map.get("text");
            return text == null ? null : text.toString();
        }
        return deadline == null ? null : deadline.toString();
    }
}
