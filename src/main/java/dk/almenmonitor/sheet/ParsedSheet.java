package dk.almenmonitor.sheet;

import java.util.List;

import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.followup.Achievement;
import dk.almenmonitor.shared.Quarter;

/** The follow-up sheet read and validated: the title, one quarter per status column, and the goal rows. */
record ParsedSheet(String title, Quarter reportQuarter, List<Quarter> quarters, List<GoalRow> goals) {

    /**
     * One goal row. {@code statusTexts} has one entry per quarter, already resolved: "Uændret" replaced by the
     * text of the column before. Delay reason, expected fulfilment and achievement belong to the latest quarter.
     */
    record GoalRow(int row, GoalKind kind, int theme, String title, String content, String deadline,
                   List<String> statusTexts, String delayReason, String expected, Achievement achievement,
                   List<String> owners) {
    }
}
