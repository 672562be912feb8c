package dk.almenmonitor.agreement;

import java.util.List;

import dk.almenmonitor.shared.WrittenPeriod;

/** What an import or an editor supplies for a goal; matched to an existing goal by agreement, kind and title. */
public record GoalDraft(GoalKind kind, int theme, String title, String content, WrittenPeriod deadline,
                        List<String> owners, int order) {
}
