package dk.almenmonitor.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.shared.WrittenPeriod;

/** A goal's editable fields, checked ({@link GoalRules}); the display order is changed only by reordering. */
record GoalFields(GoalKind kind, int theme, String title, String content, WrittenPeriod deadline, List<String> owners,
                  Long relatedGoalId) {

    static GoalFields of(GoalView goal) {
        return new GoalFields(goal.kind(), goal.theme(), goal.title(), goal.content(), goal.deadline(), goal.owners(),
                goal.relatedGoalId());
    }

    /**
     * The fields as the history and the audit log show them, in a fixed order (API field names): what changed
     * between two versions is where these differ.
     */
    Map<String, String> shown() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("theme", String.valueOf(theme));
        m.put("title", title);
        m.put("content", content);
        m.put("deadline", deadline == null ? null : deadline.text());
        m.put("owners", String.join(", ", owners));
        m.put("relatedGoalId", relatedGoalId == null ? null : String.valueOf(relatedGoalId));
        return m;
    }
}
