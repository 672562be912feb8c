package dk.almenmonitor.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.shared.AuditEvent;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.WrittenPeriod;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens quarterly rounds (prefilled from the previous one) and moves them OPEN → IN_REVIEW → APPROVED. Only the
 * secretariat may: the endpoints declare it ({@code @PreAuthorize("@access.admin(…)")}, ADR 0013); {@code user} is
 * the one recorded as having done it.
 */
@Service
@Transactional
public class RoundManagement {

    private final AgreementCatalog catalog;
    private final RoundRepository rounds;
    private final StatusRepository statuses;
    private final ApplicationEventPublisher events;

    RoundManagement(AgreementCatalog catalog, RoundRepository rounds, StatusRepository statuses,
                    ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.rounds = rounds;
        this.statuses = statuses;
        this.events = events;
    }

    /**
     * Opens a round; every goal that is not retired gets a status carried over from the latest earlier round (shown as
     * "Uændret"). The
     * quarter and due date must fit the agreement ({@link RoundBounds}); a round that exists (or is being opened by
     * someone else at this moment) is a conflict.
     */
    public RoundView open(String agreementId, String period, LocalDate dueDate, CurrentUser user) {
        AgreementView agreement = catalog.agreement(agreementId).orElseThrow(() ->
                FollowUpException.notFound("followup.refused.unknownAgreement", agreementId));
        Quarter quarter = RoundBounds.quarter(period);
        String canonical = quarter.toString();
        if (dueDate == null) {
            throw FollowUpException.invalid("followup.refused.noDueDate");
        }
        RoundBounds.check(agreement, quarter, dueDate, LocalDate.now(DanishFormat.DANISH_TIME));
        if (rounds.find(agreementId, canonical).isPresent()) {
            throw FollowUpException.conflict("followup.refused.roundExists", quarter.danish());
        }
        Optional<RoundView> previous = rounds.findByAgreement(agreementId).stream()
                .filter(r -> r.period().compareTo(canonical) < 0).reduce((a, b) -> b);
        Map<Long, StatusRecord> carried = previous.map(r -> statuses.findByRound(r.id()).stream()
                .collect(java.util.stream.Collectors.toMap(StatusRecord::goalId, s -> s))).orElse(Map.of());
        long roundId = rounds.insertOpen(agreementId, canonical, dueDate, user.username())
                .orElseThrow(() -> FollowUpException.conflict("followup.refused.roundExists", quarter.danish()));
        // A retired goal keeps its earlier statuses but gets none in a new round (docs/domain.md "Goal maintenance").
        List<GoalView> goals = catalog.goals(agreementId).stream().filter(g -> !g.retired()).toList();
        for (GoalView goal : goals) {
            StatusRecord before = carried.get(goal.id());
            StatusDraft draft = before == null ? new StatusDraft(null, null, WrittenPeriod.EMPTY, null)
                    : new StatusDraft(before.statusText(), before.delayReason(), before.expected(), before.achievement());
            statuses.insert(roundId, goal.id(), draft, user.username(), StatusChange.ChangeKind.CARRIED_OVER);
        }
        events.publishEvent(AuditEvent.of(user.username(), "ROUND_OPENED", agreementId + "/" + canonical,
                Map.of("dueDate", dueDate.toString(), "goals", String.valueOf(goals.size()),
                        "prefilledFrom", previous.map(RoundView::period).orElse("-"))));
        return rounds.find(agreementId, canonical).orElseThrow();
    }

    /** Moves the round; reopening an approved round needs a reason. */
    public RoundView changeState(String agreementId, String period, RoundState target, String reason, CurrentUser user) {
        RoundBounds.quarter(period);
        RoundView round = rounds.find(agreementId, period).orElseThrow(() ->
                FollowUpException.notFound("followup.refused.noRound", agreementId, period));
        RoundState from = round.state();
        if (!allowed(from, target)) {
            throw FollowUpException.conflict("followup.refused.transition",
                    FollowUpTexts.message("followup.state." + from.name()), FollowUpTexts.message("followup.state." + target.name()));
        }
        String cleanReason = reason == null ? null : reason.strip();
        TextLimit.STATE_REASON.check(cleanReason);
        if (from == RoundState.APPROVED && (cleanReason == null || cleanReason.isEmpty())) {
            throw FollowUpException.invalid("followup.refused.reopenReason");
        }
        if (!rounds.changeState(round.id(), from, target, cleanReason, user.username())) {
            throw FollowUpException.conflict("followup.refused.stateRace");
        }
        events.publishEvent(AuditEvent.of(user.username(), from == RoundState.APPROVED ? "ROUND_REOPENED"
                : "ROUND_STATE_CHANGED", agreementId + "/" + period, Map.of("from", from.name(), "to", target.name(),
                "reason", cleanReason == null ? "" : cleanReason)));
        return rounds.find(agreementId, period).orElseThrow();
    }

    public List<StateChange> stateChanges(String agreementId, String period) {
        return rounds.find(agreementId, period).map(r -> rounds.stateChanges(r.id())).orElse(List.of());
    }

    static boolean allowed(RoundState from, RoundState to) {
        return switch (from) {
            case OPEN -> to == RoundState.IN_REVIEW;
            case IN_REVIEW -> to == RoundState.APPROVED || to == RoundState.OPEN;
            case APPROVED -> to == RoundState.OPEN;
        };
    }
}
