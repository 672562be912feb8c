package dk.almenmonitor.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.shared.AuditEvent;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.WrittenPeriod;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Saves an owner's status with optimistic locking: a save based on an old version never overwrites a newer one. Every
 * save attempt is counted in {@value #SAVES} by outcome: {@code saved} (committed), {@code conflict} (an old version),
 * {@code refused} (not allowed, not found, bad input) or {@code failed} (docs/operations.md "Metrics").
 */
@Service
public class StatusEditing {

    private final AgreementCatalog catalog;
    private final RoundRepository rounds;
    private final StatusRepository statuses;
    private final FollowUpQueries queries;
    private final ApplicationEventPublisher events;
    private final FollowUpTexts texts;
    private final MeterRegistry meters;

    static final String SAVES = "almen.status.saves";

    StatusEditing(AgreementCatalog catalog, RoundRepository rounds, StatusRepository statuses, FollowUpQueries queries,
                  ApplicationEventPublisher events, FollowUpTexts texts, MeterRegistry meters) {
        this.texts = texts;
        this.meters = meters;
        this.catalog = catalog;
        this.rounds = rounds;
        this.statuses = statuses;
        this.queries = queries;
        this.events = events;
    }

    /** The goal, checked to belong to the agreement; unknown or foreign ids are "not found". */
    public GoalView goal(String agreementId, long goalId) {
        return catalog.goal(goalId).filter(g -> g.agreementId().equals(agreementId))
                .orElseThrow(() -> FollowUpException.notFound("followup.refused.goalNotInAgreement"));
    }

    /** The round; a period that is not a quarter (2017-Q1) is a 400, a missing round a 404. */
    public RoundView round(String agreementId, String period) {
        RoundBounds.quarter(period);
        return rounds.find(agreementId, period).orElseThrow(() ->
                FollowUpException.notFound("followup.refused.noRound", agreementId, period));
    }

    public boolean canEdit(CurrentUser user, GoalView goal, RoundView round) {
        return StatusEditPolicy.canEdit(user, goal, round.state());
    }

    @Transactional
    public SavedStatus save(String agreementId, String period, long goalId, Integer expectedVersion, StatusInput raw,
                            CurrentUser user) {
        SavedStatus saved;
        try {
            saved = saveInTransaction(agreementId, period, goalId, expectedVersion, raw, user);
        } catch (StaleStatusException e) {
            countSave("conflict");
            throw e;
        } catch (FollowUpException | IllegalArgumentException e) {
            countSave("refused");
            throw e;
        } catch (RuntimeException e) {
            countSave("failed");
            throw e;
        }
        // Counted once the transaction has ended, so a save whose commit fails is not counted as saved.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                countSave(status == STATUS_COMMITTED ? "saved" : "failed");
            }
        });
        return saved;
    }

    private void countSave(String outcome) {
        Counter.builder(SAVES).description("Status saves by outcome").tag("outcome", outcome).register(meters)
                .increment();
    }

    private SavedStatus saveInTransaction(String agreementId, String period, long goalId, Integer expectedVersion,
                                          StatusInput raw, CurrentUser user) {
        RoundView round = round(agreementId, period);
        GoalView goal = goal(agreementId, goalId);
        RoundState state = rounds.lockState(round.id()).orElseThrow();
        StatusEditPolicy.refusal(user, goal, state).ifPresent(refusal -> {
            throw refusal;
        });
        if (expectedVersion == null) {
            throw new FollowUpException(FollowUpException.Kind.PRECONDITION_REQUIRED,
                    "followup.refused.versionRequired");
        }
        StatusRecord before = statuses.find(round.id(), goalId).orElseThrow(() ->
                FollowUpException.notFound("followup.refused.noStatus"));
        if (before.version() != expectedVersion) {
            throw new StaleStatusException(current(agreementId, period, goalId));
        }
        StatusDraft draft = draft(raw.cleaned(), agreementId, period, goalId);
        if (!statuses.updateIfVersion(round.id(), goalId, expectedVersion, draft, user.username())) {
            throw new StaleStatusException(current(agreementId, period, goalId));
        }
        events.publishEvent(AuditEvent.of(user.username(), "STATUS_SAVED", subject(agreementId, period, goalId),
                changes(before, draft, expectedVersion)));
        StatusView saved = current(agreementId, period, goalId);
        Quarter quarter = Quarter.parse(period).orElseThrow();
        return new SavedStatus(saved, StatusWarnings.of(texts, goal, quarter, round.dueDate(), saved.statusText(),
                saved.unchanged(), saved.delayReason(), saved.expectedFulfilment(), saved.achievement()));
    }

    /** The status as stored now, with "unchanged" and "overdue" applied. */
    public StatusView current(String agreementId, String period, long goalId) {
        return queries.row(agreementId, period, goalId).map(GoalStatusRow::status)
                .orElseThrow(() -> FollowUpException.notFound("followup.refused.noStatus"));
    }

    private StatusDraft draft(StatusInput in, String agreementId, String period, long goalId) {
        in.checkLengths();
        Achievement achievement = null;
        if (in.achievement() != null) {
            achievement = parseAchievement(in.achievement());
        }
        String text = in.statusText();
        if (FollowUpRules.isUnchangedWord(text)) {
            text = previousText(agreementId, period, goalId);
        }
        return new StatusDraft(text, in.delayReason(), WrittenPeriod.of(in.expectedFulfilment()), achievement);
    }

    private static Achievement parseAchievement(String value) {
        try {
            return Achievement.valueOf(value);
        } catch (IllegalArgumentException notCode) {
            return Achievement.fromDanish(value).orElseThrow(() -> FollowUpException.invalid(
                    "followup.refused.unknownAchievement", abbreviate(value, 40)));
        }
    }

    /** "Uændret" typed by the owner means: the text of the previous round. */
    private String previousText(String agreementId, String period, long goalId) {
        return queries.row(agreementId, period, goalId).map(GoalStatusRow::previous).map(StatusView::statusText)
                .orElseThrow(() -> FollowUpException.invalid("followup.refused.unchangedWithoutPrevious"));
    }

    private static Map<String, String> changes(StatusRecord before, StatusDraft after, int version) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("version", version + " -> " + (version + 1));
        diff(d, "statusText", before.statusText(), after.statusText());
        diff(d, "delayReason", before.delayReason(), after.delayReason());
        diff(d, "expectedFulfilment", before.expected().text(), after.expected().text());
        diff(d, "achievement", String.valueOf(before.achievement()), String.valueOf(after.achievement()));
        return d;
    }

    private static void diff(Map<String, String> d, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            d.put(field + ".before", abbreviate(before));
            d.put(field + ".after", abbreviate(after));
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : abbreviate(s, 500);
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    private static String subject(String agreementId, String period, long goalId) {
        return agreementId + "/" + period + "/goal/" + goalId;
    }

    /** The status as stored after a save, with the warnings the owner should see (they never block saving). */
    public record SavedStatus(StatusView status, List<StatusWarning> warnings) {
    }
}
