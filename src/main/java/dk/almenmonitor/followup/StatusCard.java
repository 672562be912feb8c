package dk.almenmonitor.followup;

import java.util.List;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.shared.Quarter;

/** What the round page shows for one goal: its row, whether the viewer may edit it, and its warnings. */
public record StatusCard(GoalStatusRow row, boolean editable, boolean mine, boolean carriedOver,
                         List<StatusWarning> warnings) {

    static StatusCard of(FollowUpTexts texts, GoalStatusRow row, RoundView round, CurrentUser user, boolean carriedOver) {
        StatusView s = row.status();
        List<StatusWarning> warnings = s == null ? List.of() : StatusWarnings.of(texts, row.goal(),
                Quarter.parse(round.period()).orElseThrow(), round.dueDate(), s.statusText(), s.unchanged(),
                s.delayReason(), s.expectedFulfilment(), s.achievement());
        boolean mine = user != null && user.isEditor() && row.goal().owners().stream().anyMatch(user::belongsTo);
        return new StatusCard(row, StatusEditPolicy.canEdit(user, row.goal(), round.state()), mine,
                carriedOver && round.state() != RoundState.APPROVED, warnings);
    }
}
