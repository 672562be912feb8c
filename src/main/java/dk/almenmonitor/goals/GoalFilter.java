package dk.almenmonitor.goals;

import java.util.List;

import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.followup.Achievement;
import dk.almenmonitor.followup.GoalStatusRow;

import org.jspecify.annotations.Nullable;

/** The goal list's filters; a null field means "all". {@code achievement} "NONE" selects "ikke registreret". */
public record GoalFilter(@Nullable GoalKind kind, @Nullable Integer theme, @Nullable String owner,
                         @Nullable String achievement, boolean overdueOnly) {

    static final String NOT_RECORDED = "NONE";

    public List<GoalStatusRow> apply(List<GoalStatusRow> rows) {
        return rows.stream().filter(this::matches).toList();
    }

    public boolean matches(GoalStatusRow row) {
        return (kind == null || row.goal().kind() == kind)
                && (theme == null || row.goal().theme() == theme)
                && (owner == null || owner.isBlank() || row.goal().owners().contains(owner))
                && (achievement == null || achievement.isBlank() || achievementMatches(row.achievement()))
                && (!overdueOnly || row.overdue());
    }

    private boolean achievementMatches(@Nullable Achievement actual) {
        return NOT_RECORDED.equals(achievement) ? actual == null : actual != null && actual.name().equals(achievement);
    }

    public boolean active() {
        return kind != null || theme != null || (owner != null && !owner.isBlank())
                || (achievement != null && !achievement.isBlank()) || overdueOnly;
    }
}
