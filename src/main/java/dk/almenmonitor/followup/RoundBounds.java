package dk.almenmonitor.followup;

import java.time.LocalDate;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;

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
        return Quarter.parse(period).orElseThrow(() -> FollowUpException.invalid("Perioden skal skrives som ÅÅÅÅ-QN "
                + "med et år fra " + Quarter.MIN_YEAR + " til " + Quarter.MAX_YEAR + ", fx 2017-Q2."));
    }

    static void check(AgreementView agreement, Quarter quarter, LocalDate dueDate, LocalDate today) {
        outside(agreement.validFrom(), agreement.validTo(), quarter, today).ifPresent(message -> {
            throw FollowUpException.invalid(message);
        });
        LocalDate earliestDue = quarter.firstDay().minusMonths(DUE_MONTHS_BEFORE_QUARTER);
        LocalDate latestDue = (quarter.lastDay().isAfter(today) ? quarter.lastDay() : today).plusYears(DUE_YEARS_AHEAD);
        if (dueDate.isBefore(earliestDue) || dueDate.isAfter(latestDue)) {
            throw FollowUpException.invalid("Fristen for runden " + quarter.danish() + " skal ligge mellem "
                    + DanishFormat.date(earliestDue) + " og " + DanishFormat.date(latestDue) + ".");
        }
    }

    /** Why a round for the quarter does not fit an agreement valid from–to (either may be null), or empty. */
    static Optional<String> outside(LocalDate validFrom, LocalDate validTo, Quarter quarter, LocalDate today) {
        Quarter first = validFrom == null ? null : Quarter.of(validFrom);
        Quarter last = latest(validTo, today);
        if (first != null && quarter.compareTo(first) < 0 || quarter.compareTo(last) > 0) {
            return Optional.of("Runden " + quarter.danish() + " ligger uden for aftalen: vælg et kvartal "
                    + (first == null ? "" : "fra " + first.danish() + " ") + "til og med " + last.danish() + ".");
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
