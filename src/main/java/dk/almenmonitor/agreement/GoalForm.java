package dk.almenmonitor.agreement;

import java.util.List;

/** The goal form's fields as posted (and shown again after a refusal); {@code version} is the one the form was read at. */
public record GoalForm(String kind, String theme, String title, String content, String deadline, List<String> owners,
                       String relatedGoalId, Integer version) {

    static GoalForm of(GoalView g) {
        return new GoalForm(g.kind().name(), String.valueOf(g.theme()), g.title(), g.content(), g.deadline().text(),
                g.owners(), g.relatedGoalId() == null ? null : String.valueOf(g.relatedGoalId()), g.version());
    }

    GoalInput toInput() {
        return new GoalInput(kind, theme, title, content, deadline, owners, relatedGoalId);
    }

    /** What was typed, cut to the bounds, for showing the form again. */
    GoalForm bounded() {
        return new GoalForm(cut(kind, 20), cut(theme, 5), cut(title, GoalRules.MAX_TITLE), cut(content, GoalRules.MAX_CONTENT),
                cut(deadline, GoalRules.MAX_DEADLINE),
                owners == null ? List.of() : owners.stream().limit(GoalRules.MAX_OWNERS).map(o -> cut(o, 20)).toList(),
                cut(relatedGoalId, 20), version);
    }

    public boolean owns(String code) {
        return owners != null && owners.contains(code);
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
