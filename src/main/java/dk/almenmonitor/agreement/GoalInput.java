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

    /**
     * The deadline's text, whichever shape it came in (a text, a whole number such as 2027, or an object whose
     * {@code text} is one of those); null when none. Any other shape (a list, a truth value, a nested object, 2016.5)
     * is refused naming the field, rather than stored as Java's rendering of it.
     */
    String deadlineText() {
        Object value = deadline instanceof Map<?, ?> map ? map.get("text") : deadline;
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return value.toString();
        }
        throw GoalRules.refuse("deadline.notText");
    }
}
