package dk.almenmonitor.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.DanishPeriodParser;
import dk.almenmonitor.shared.ParsedPeriod;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.WrittenPeriod;

/** The warnings of issue 3: overdue without reason, expected fulfilment already passed, probably stale "Uændret". */
final class StatusWarnings {

    private StatusWarnings() {
    }

    static List<StatusWarning> of(FollowUpTexts texts, GoalView goal, Quarter quarter, LocalDate dueDate, String statusText,
                                  boolean unchanged, String delayReason, WrittenPeriod expected, Achievement achievement) {
        List<StatusWarning> warnings = new ArrayList<>();
        if (FollowUpRules.isOverdue(goal, quarter, achievement) && !FollowUpRules.hasText(delayReason)) {
            warnings.add(new StatusWarning(StatusWarning.Code.OVERDUE_WITHOUT_REASON,
                    texts.text("followup.warning.overdueWithoutReason", goal.deadline().text(),
                            DanishFormat.date(goal.deadline().to()))));
        }
        if (expected != null && expected.to() != null && expected.to().isBefore(quarter.firstDay())
                && achievement != Achievement.FULFILLED) {
            warnings.add(new StatusWarning(StatusWarning.Code.EXPECTED_FULFILMENT_PASSED,
                    texts.text("followup.warning.expectedPassed", expected.text(), quarter.danish())));
        }
        if (unchanged) {
            LocalDate cutoff = dueDate != null ? dueDate : quarter.firstDay();
            staleDate(statusText, cutoff).ifPresent(p -> warnings.add(new StatusWarning(StatusWarning.Code.STALE_UNCHANGED,
                    texts.text("followup.warning.staleUnchanged", p.matched(), DanishFormat.date(cutoff)))));
        }
        return warnings;
    }

    /** The latest-ending period mentioned in the text if it ends before the cut-off. */
    static Optional<ParsedPeriod> staleDate(String text, LocalDate cutoff) {
        if (text == null) {
            return Optional.empty();
        }
        return DanishPeriodParser.findAll(text).stream()
                .filter(p -> p.to() != null && p.from() != null && p.to().isBefore(cutoff))
                .reduce((a, b) -> a.to().isAfter(b.to()) ? a : b);
    }
}
