package dk.almenmonitor.followup;

import java.time.LocalDate;
import java.util.Optional;

import dk.almenmonitor.agreement.UpsertOutcome;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.WrittenPeriod;
import org.springframework.stereotype.Component;

/**
 * What the follow-up sheet import (module {@code sheet}) may do to rounds and statuses, and the follow-up rules it
 * validates a sheet by before anything is written: the rounds an agreement can have, the text limits of the API and
 * the word "Uændret".
 */
@Component
public class FollowUpImports {

    private final RoundRepository rounds;
    private final StatusRepository statuses;
    private final FollowUpTexts texts;

    FollowUpImports(RoundRepository rounds, StatusRepository statuses, FollowUpTexts texts) {
        this.rounds = rounds;
        this.statuses = statuses;
        this.texts = texts;
    }

    /** A round an imported sheet writes to; {@code locked} when it was approved before this import. */
    public record ImportedRound(long id, boolean locked) {
    }

    /** The agreement's round for the quarter, created approved (a sheet reports the past) when it is missing. */
    public ImportedRound approvedRound(String agreementId, Quarter quarter) {
        Optional<RoundView> existing = rounds.find(agreementId, quarter.toString());
        long id = rounds.insertIfMissing(agreementId, quarter.toString(), null, RoundState.APPROVED);
        return new ImportedRound(id, existing.isPresent() && existing.get().state() == RoundState.APPROVED);
    }

    /**
     * Stores a goal's status of an imported sheet (recorded as imported in the history). Empty, and nothing written,
     * when the round is locked and the status would change.
     */
    public Optional<UpsertOutcome> importStatus(ImportedRound round, long goalId, String statusText, String delayReason,
                                                String expected, Achievement achievement, String user) {
        StatusDraft draft = new StatusDraft(statusText, delayReason, WrittenPeriod.of(expected), achievement);
        Optional<StatusRecord> existing = statuses.find(round.id(), goalId);
        if (existing.isPresent() && existing.get().sameContent(draft)) {
            return Optional.of(UpsertOutcome.UNCHANGED);
        }
        if (round.locked()) {
            return Optional.empty();
        }
        if (existing.isEmpty()) {
            statuses.insert(round.id(), goalId, draft, user, StatusChange.ChangeKind.IMPORTED);
            return Optional.of(UpsertOutcome.CREATED);
        }
        statuses.update(round.id(), goalId, draft, user);
        return Optional.of(UpsertOutcome.UPDATED);
    }

    /** Why the agreement cannot have a round for the quarter, or empty ({@link RoundBounds}). */
    public Optional<String> quarterOutside(LocalDate validFrom, LocalDate validTo, Quarter quarter, LocalDate today) {
        return RoundBounds.outside(validFrom, validTo, quarter, today).map(texts::text);
    }

    /** The API's limit on a status text, as a Danish problem, when the text is over it. */
    public Optional<String> statusTextTooLong(String text) {
        return TextLimit.STATUS_TEXT.problem(text).map(texts::text);
    }

    public Optional<String> delayReasonTooLong(String text) {
        return TextLimit.DELAY_REASON.problem(text).map(texts::text);
    }

    public Optional<String> expectedFulfilmentTooLong(String text) {
        return TextLimit.EXPECTED_FULFILMENT.problem(text).map(texts::text);
    }

    /** Whether a status cell says "Uændret" (unchanged since the quarter before). */
    public static boolean isUnchangedWord(String text) {
        return FollowUpRules.isUnchangedWord(text);
    }
}
