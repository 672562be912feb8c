package dk.almenmonitor.report;

import java.util.List;
import java.util.stream.Stream;

import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundView;

/**
 * Bilag 1 for one round in the municipality's layout: three sections — analyses by deadline, measurable goals by
 * theme, intents by theme — with the previous and the current quarter's status side by side. Public so that the
 * publication module can show an approved round's Bilag 1 ({@link PublishedDocuments}).
 */
public record Bilag1(String agreementId, String agreementName, RoundView round, String currentLabel, String previousLabel,
              List<Section> sections) {

    public record Section(GoalKind kind, List<Row> rows) {
    }

    /** One goal row; {@code owners} is the sheet's notation ("KK (TMF/ØKF)"). */
    public record Row(GoalStatusRow row, String owners) {

        /** Cells longer than this make a row "tall": in the PDF it may break across pages instead of leaving a gap. */
        static final int TALL_CELL_CHARS = 700;

        public boolean tall() {
            var s = row.status();
            var p = row.previous();
            return Stream.of(row.goal().title(), row.goal().content(), p == null ? null : p.statusText(),
                            s == null ? null : s.statusText(), s == null ? null : s.delayReason())
                    .anyMatch(t -> t != null && t.length() > TALL_CELL_CHARS);
        }
    }

    int goalCount() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }
}
