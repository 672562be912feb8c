package dk.almenmonitor.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dk.almenmonitor.decision.DecisionView;
import dk.almenmonitor.decision.Forum;
import dk.almenmonitor.followup.Achievement;
import dk.almenmonitor.followup.RoundState;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.followup.StatusView;
import dk.almenmonitor.indicator.IndicatorEvaluations.TargetChange;
import org.junit.jupiter.api.Test;

class GoalTimelineTests {

    private static final OffsetDateTime AT = OffsetDateTime.of(2017, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void entriesAreInDateOrderWithUnchangedStatusesLeftOutAndAchievementChangesOnly() {
        List<StatusView> history = List.of(status("2016-Q4", "Ny tekst", false, Achievement.IN_PROGRESS),
                status("2017-Q1", "Ny tekst", true, Achievement.IN_PROGRESS),
                status("2017-Q2", "Nyere tekst", false, Achievement.FULFILLED));
        List<RoundView> rounds = List.of(new RoundView(1, "a", "2016-Q4", LocalDate.of(2016, 12, 15), RoundState.APPROVED, 1),
                new RoundView(2, "a", "2017-Q1", null, RoundState.APPROVED, 1));
        List<DecisionView> decisions = List.of(decision(LocalDate.of(2017, 6, 30)), decision(LocalDate.of(2016, 12, 15)));
        List<TargetChange> targets = List.of(new TargetChange(OffsetDateTime.of(2016, 12, 14, 23, 30, 0, 0, ZoneOffset.UTC),
                "Udsættelser", "Højst 457", "admin", true, null), new TargetChange(OffsetDateTime.of(2017, 6, 30, 8, 0, 0, 0,
                ZoneOffset.UTC), "Udsættelser", "Højst 400", "admin", false, null));

        List<GoalTimeline.Entry> entries = GoalTimeline.of(decisions, history, rounds, targets);

        assertThat(entries).extracting(e -> e.date() + " " + e.kind()).containsExactly(
                "2016-12-15 DECISION", "2016-12-15 TARGET", // stored 14 Dec 23:30 UTC = 15 Dec in Denmark
                "2016-12-15 STATUS", "2016-12-15 ACHIEVEMENT",
                "2017-06-30 DECISION", "2017-06-30 TARGET_CHANGED", // a later version: changed
                "2017-06-30 STATUS", "2017-06-30 ACHIEVEMENT"); // no round: the quarter's end
        assertThat(entries.get(3).from()).isNull();
        assertThat(entries.get(7).from()).isEqualTo(Achievement.IN_PROGRESS);
        assertThat(entries.get(7).to()).isEqualTo(Achievement.FULFILLED);
    }

    private static StatusView status(String period, String text, boolean unchanged, Achievement achievement) {
        return new StatusView(1, period, text, unchanged, null, null, achievement, false, 1, "system", AT);
    }

    private static DecisionView decision(LocalDate date) {
        return new DecisionView(1, date, Forum.TMU, "Teknik- og Miljøudvalget", "Vedtaget.", null, null, List.of(1L),
                "admin", AT);
    }
}
