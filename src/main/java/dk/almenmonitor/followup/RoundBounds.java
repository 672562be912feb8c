package dk.almenmonitor.followup;

import java.time.LocalDate;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;
import org.springframework.context.MessageSourceResolvable;

/**
 * Which rounds an agreement can have (issue 9). A round's quarter lies between the agreement's first quarter and the
 * later of (its last quarter + one year, for the final follow-up) and (the quarter after today's, so a round can be
 * prepared before its quarter starts, but not years ahead). The due date lies between one quarter before the round's
 * quarter starts and one year after the later of the quarter's end and today.
 */
final class RoundBounds {

    /** Quarters after the agreement's last one that may still be followed up. */
    static final int QUARTERS_AFTER_AGREEMENT = 4;
    static final int DUE_MONTHS_BEFORE_QUARTER = 3;
    static final int DUE_YEARS_AHEAD = 1;

    private RoundBounds() {
    }

    /** The period as a quarter, or a Danish refusal; surrounding spaces are ignored ("2017-Q4 " is 2017-Q4). */
    static Quarter quarter(String period) {
        return Quarter.parse(period).orElseThrow(() -> FollowUpException.invalid("followup.refused.periodFormat",
                String.valueOf(Quarter.MIN_YEAR), String.valueOf(Quarter.MAX_YEAR)));
    }

    static void check(AgreementView agreement, Quarter quarter, LocalDate dueDate, LocalDate today) {
        outside(agreement.validFrom(), agreement.validTo(), quarter, today).ifPresent(message -> {
            throw FollowUpException.invalid(message.getCodes()[0], message.getArguments());
        });
        LocalDate earliestDue = quarter.firstDay().minusMonths(DUE_MONTHS_BEFORE_QUARTER);
        LocalDate latestDue = (quarter.lastDay().isAfter(today) ? quarter.lastDay() : today).plusYears(DUE_YEARS_AHEAD);
        if (dueDate.isBefore(earliestDue) || dueDate.isAfter(latestDue)) {
            throw FollowUpException.invalid("followup.refused.dueDateOutside", quarter.danish(),
                    DanishFormat.date(earliestDue), DanishFormat.date(latestDue));
        }
    }

    /** Why (a message key with arguments) a round for the quarter does not fit an agreement valid from–to (either may be null), or empty. */
    static Optional<MessageSourceResolvable> outside(LocalDate validFrom, LocalDate validTo, Quarter quarter, LocalDate today) {
        Quarter first = validFrom == null ? null : Quarter.of(validFrom);
        Quarter last = latest(validTo, today);
        if (first != null && quarter.compareTo(first) < 0 || quarter.compareTo(last) > 0) {
            return Optional.of(first == null
                    ? FollowUpTexts.message("followup.refused.outside.upTo", quarter.danish(), last.danish())
                    : FollowUpTexts.message("followup.refused.outside", quarter.danish(), first.danish(), last.danish()));
        }
        return Optional.empty();
    }

    private static Quarter latest(LocalDate validTo, LocalDate today) {
        Quarter next = Quarter.of(today).next();
        if (validTo == null) {
            return next;
        }
        Quarter end = Quarter.of(validTo);
        for (int i = 0; i < QUARTERS_AFTER_AGREEMENT; i++) {
            end = end.next();
        }
        return end.compareTo(next) > 0 ? end : next;
    }
}
