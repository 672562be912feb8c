package dk.almenmonitor.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.indicator.IndicatorEvaluations;
import dk.almenmonitor.shared.Quarter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads rounds and statuses and applies the follow-up rules (unchanged, overdue, counts, quality check). */
@Service
@Transactional(readOnly = true)
public class FollowUpQueries {

    private final AgreementCatalog catalog;
    private final RoundRepository rounds;
    private final StatusRepository statuses;
    private final QualityCheck qualityCheck;
    private final IndicatorEvaluations indicators;
    private final FollowUpTexts texts;

    FollowUpQueries(AgreementCatalog catalog, RoundRepository rounds, StatusRepository statuses,
                    QualityCheck qualityCheck, IndicatorEvaluations indicators, FollowUpTexts texts) {
        this.texts = texts;
        this.catalog = catalog;
        this.rounds = rounds;
        this.statuses = statuses;
        this.qualityCheck = qualityCheck;
        this.indicators = indicators;
    }

    public List<RoundView> rounds(String agreementId) {
        return rounds.findByAgreement(agreementId);
    }

    public Optional<RoundView> round(String agreementId, String period) {
        return rounds.find(agreementId, period);
    }

    public Optional<RoundView> latestRound(String agreementId) {
        List<RoundView> all = rounds(agreementId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * For an APPROVED round, a version of everything its documents read from the follow-up data (the round and the earlier
     * rounds of the agreement, and the statuses of this round and the two before it); a reopening, a re-approval or any change to
     * those statuses gives a new one. Every instance derives the same value from the database. Empty when the round
     * does not exist or is not approved (docs/domain.md "Documents of approved rounds"). One statement, so outside a
     * transaction it runs without one (it is on the path of every request for such a document).
     */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Optional<String> approvedVersion(String agreementId, String period) {
        return rounds.documentDigest(agreementId, period)
                .filter(d -> RoundState.APPROVED.name().equals(d[0])).map(d -> d[1]);
    }

    /** Every goal of the agreement with its status in the round and in the round before, in display order. */
    public List<GoalStatusRow> table(String agreementId, String period) {
        List<RoundView> all = rounds(agreementId);
        int index = indexOf(all, period);
        RoundView round = all.get(index);
        RoundView before = index > 0 ? all.get(index - 1) : null;
        RoundView twoBefore = index > 1 ? all.get(index - 2) : null;
        Map<Long, StatusRecord> current = byGoal(round);
        Map<Long, StatusRecord> previous = byGoal(before);
        Map<Long, StatusRecord> earlier = byGoal(twoBefore);
        List<GoalStatusRow> rows = new ArrayList<>();
        for (GoalView goal : catalog.goals(agreementId)) {
            if (goal.retired() && !current.containsKey(goal.id())) {
                continue; // retired before this round: not part of it
            }
            StatusView status = view(goal, current.get(goal.id()), previous.get(goal.id()));
            StatusView prev = view(goal, previous.get(goal.id()), earlier.get(goal.id()));
            rows.add(new GoalStatusRow(goal, status, prev));
        }
        return rows;
    }

    /**
     * One goal's row of {@link #table}: its status in the round and in the round before. Reads only that goal's
     * statuses (a status is read before every save, so this is on the path of every owner at the deadline).
     */
    public Optional<GoalStatusRow> row(String agreementId, String period, long goalId) {
        Optional<GoalView> found = catalog.goal(goalId).filter(g -> g.agreementId().equals(agreementId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        GoalView goal = found.get();
        List<RoundView> all = rounds(agreementId);
        int index = indexOf(all, period);
        StatusRecord current = status(all, index, goalId);
        StatusRecord previous = status(all, index - 1, goalId);
        StatusRecord earlier = status(all, index - 2, goalId);
        return Optional.of(new GoalStatusRow(goal, view(goal, current, previous), view(goal, previous, earlier)));
    }

    private StatusRecord status(List<RoundView> all, int index, long goalId) {
        return index < 0 ? null : statuses.find(all.get(index).id(), goalId).orElse(null);
    }

    public List<StatusView> statuses(String agreementId, String period) {
        return table(agreementId, period).stream().map(GoalStatusRow::status).filter(s -> s != null).toList();
    }

    /** The goal's status in every round of its agreement, oldest first. */
    public List<StatusView> history(GoalView goal) {
        List<StatusRecord> records = statuses.findByGoal(goal.id());
        List<StatusView> views = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            views.add(view(goal, records.get(i), i > 0 ? records.get(i - 1) : null));
        }
        return views;
    }

    public RoundSummary summary(String agreementId, String period) {
        return RoundSummary.of(agreementId, period, table(agreementId, period));
    }

    public QualityReport quality(String agreementId, String period) {
        RoundView round = rounds.find(agreementId, period).orElseThrow();
        return quality(round, table(agreementId, period));
    }

    /** The quality check of a round from its {@link #table} already read (the front page shows both). */
    public QualityReport quality(RoundView round, List<GoalStatusRow> rows) {
        return qualityCheck.of(round, rows, statuses.carriedOver(round.id()), disagreements(rows, round.period()));
    }

    /** Measurable goals whose owner-set achievement disagrees with the data at the end of the round's quarter. */
    private Map<Long, String> disagreements(List<GoalStatusRow> rows, String period) {
        java.time.LocalDate asOf = Quarter.parse(period).orElseThrow().lastDay();
        Map<Long, String> result = new java.util.HashMap<>();
        for (GoalStatusRow r : rows) {
            if (r.goal().kind() != GoalKind.MEASURABLE || r.achievement() == null) {
                continue;
            }
            indicators.evaluate(r.goal().id(), asOf)
                    .filter(e -> e.disagreesWith(r.achievement().name()))
                    .ifPresent(e -> result.put(r.goal().id(), texts.text("followup.quality.disagreement",
                            FollowUpTexts.message("followup.achievement." + r.achievement().name()), e.explanation())));
        }
        return result;
    }

    /** Goal ids whose status in the round is still the copy carried over from the previous round. */
    public java.util.Set<Long> carriedOver(String agreementId, String period) {
        return rounds.find(agreementId, period).map(r -> statuses.carriedOver(r.id())).orElse(java.util.Set.of());
    }

    public List<StatusChange> changeHistory(long goalId) {
        return statuses.history(goalId);
    }

    public RoundChanges changes(String agreementId, String period) {
        List<GoalStatusRow> rows = table(agreementId, period);
        List<RoundView> all = rounds(agreementId);
        int index = indexOf(all, period);
        String previousPeriod = index > 0 ? all.get(index - 1).period() : null;
        List<RoundChanges.Change> changes = new ArrayList<>();
        for (GoalStatusRow r : rows) {
            StatusView now = r.status();
            StatusView before = r.previous();
            boolean edited = now != null && !now.unchanged();
            Achievement a0 = before == null ? null : before.achievement();
            Achievement a1 = now == null ? null : now.achievement();
            boolean newDelay = now != null && now.overdue() && (before == null || !before.overdue())
                    || now != null && FollowUpRules.hasText(now.delayReason())
                    && (before == null || !FollowUpRules.hasText(before.delayReason()));
            changes.add(new RoundChanges.Change(r.goal().id(), r.goal().title(), r.goal().owners(), edited, a0, a1,
                    before != null && a0 != a1, newDelay, now == null ? null : now.delayReason()));
        }
        return new RoundChanges(agreementId, period, previousPeriod,
                (int) changes.stream().filter(RoundChanges.Change::edited).count(),
                (int) changes.stream().filter(c -> !c.edited()).count(),
                (int) changes.stream().filter(RoundChanges.Change::achievementChanged).count(),
                (int) changes.stream().filter(RoundChanges.Change::newDelay).count(), changes);
    }

    private static int indexOf(List<RoundView> all, String period) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).period().equals(period)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no round " + period);
    }

    private Map<Long, StatusRecord> byGoal(RoundView round) {
        if (round == null) {
            return Map.of();
        }
        return statuses.findByRound(round.id()).stream()
                .collect(Collectors.toMap(StatusRecord::goalId, Function.identity()));
    }

    private static StatusView view(GoalView goal, StatusRecord s, StatusRecord previous) {
        if (s == null) {
            return null;
        }
        Quarter quarter = Quarter.parse(s.period()).orElseThrow();
        return new StatusView(goal.id(), s.period(), s.statusText(),
                FollowUpRules.isUnchanged(s.statusText(), previous == null ? null : previous.statusText()),
                s.delayReason(), s.expected(), s.achievement(), FollowUpRules.isOverdue(goal, quarter, s.achievement()),
                s.version(), s.updatedBy(), s.updatedAt());
    }

}
