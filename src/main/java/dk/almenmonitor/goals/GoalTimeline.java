package dk.almenmonitor.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.almenmonitor.decision.DecisionView;
import dk.almenmonitor.followup.Achievement;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.followup.StatusView;
import dk.almenmonitor.indicator.IndicatorEvaluations.TargetChange;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * One timeline of a goal (docs/domain.md "Decisions"): its decisions, each round's new status text, each change of its
 * achievement from one round to the next and each setting of its target, oldest first. A status and an achievement
 * change are dated by their round's due date (the quarter's last day when the round has none), a decision by its date,
 * a target version by the day it took effect (Danish time; the first is "set", later ones "changed"). On the same day: decisions, targets, statuses, achievements.
 */
final class GoalTimeline {

    enum Kind {
        DECISION, TARGET, TARGET_CHANGED, STATUS, ACHIEVEMENT
    }

    /**
     * An entry. {@code label}: the forum's name (decision), the round ("1. kvartal 2017"; status and achievement) or
     * the indicator's name (target); {@code text}: the decision, the status text or the target in words.
     */
    record Entry(LocalDate date, Kind kind, String label, @Nullable String text, @Nullable String reference,
                 @Nullable String referenceUrl, @Nullable Achievement from, @Nullable Achievement to) {
    }

    private GoalTimeline() {
    }

    static List<Entry> of(List<DecisionView> decisions, List<StatusView> historyOldestFirst, List<RoundView> rounds,
                          List<TargetChange> targets) {
        Map<String, RoundView> byPeriod = rounds.stream().collect(Collectors.toMap(RoundView::period, Function.identity(),
                (a, b) -> a));
        List<Entry> entries = new ArrayList<>();
        for (DecisionView d : decisions) {
            entries.add(new Entry(d.date(), Kind.DECISION, d.forumName(), d.text(), d.reference(), d.referenceUrl(),
                    null, null));
        }
        for (TargetChange t : targets) {
            entries.add(new Entry(DanishFormat.inDenmark(t.at()).toLocalDate(),
                    t.first() ? Kind.TARGET : Kind.TARGET_CHANGED, t.indicatorName(),
                    t.description(), null, null, null, null));
        }
        Achievement previous = null;
        for (StatusView s : historyOldestFirst) {
            LocalDate date = roundDate(s.period(), byPeriod.get(s.period()));
            if (!s.unchanged() && s.statusText() != null && !s.statusText().isBlank()) {
                entries.add(new Entry(date, Kind.STATUS, s.periodLabel(), s.statusText(), null, null, null, null));
            }
            if (s.achievement() != previous) {
                entries.add(new Entry(date, Kind.ACHIEVEMENT, s.periodLabel(), null, null, null, previous, s.achievement()));
            }
            previous = s.achievement();
        }
        entries.sort(Comparator.comparing(Entry::date).thenComparing(Entry::kind));
        return entries;
    }

    private static LocalDate roundDate(String period, @Nullable RoundView round) {
        if (round != null && round.dueDate() != null) {
            return round.dueDate();
        }
        return Quarter.parse(period).map(Quarter::lastDay).orElse(LocalDate.MIN);
    }
}
