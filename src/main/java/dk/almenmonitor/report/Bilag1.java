package dk.almenmonitor.report;

import java.util.List;

import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundView;

/**
 * Bilag 1 for one round in the municipality's layout: three sections — analyses by deadline, measurable goals by
 * theme, intents by theme — with the previous and the current quarter's status side by side.
 */
record Bilag1(String agreementId, String agreementName, RoundView round, String currentLabel, String previousLabel,
              List<Section> sections) {

    record Section(GoalKind kind, List<Row> rows) {
    }

    /** One goal row; {@code owners} is the sheet's notation ("KK (TMF/ØKF)"). */
    record Row(GoalStatusRow row, String owners) {
    }

    int goalCount() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }
}
