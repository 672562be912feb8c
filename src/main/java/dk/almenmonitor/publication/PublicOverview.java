package dk.almenmonitor.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundState;
import dk.almenmonitor.followup.RoundSummary;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.followup.StatusView;
import dk.almenmonitor.indicator.GoalEvaluationView;
import dk.almenmonitor.indicator.IndicatorEvaluations;
import dk.almenmonitor.organisation.OrganisationView;
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The public front page of a published agreement, from approved rounds only: each approved round's counts, and every
 * goal with its status in the latest approved round that has one, and its indicator evaluation as of the end of the
 * latest approved round's quarter. Authors, open rounds and everything else stay out: only the fields named here.
 */
@Component
class PublicOverview {

    /** One approved round and its counts (the round summary of the API). */
    record Round(String period, String label, RoundSummary summary) {
        public int overdue() {
            return summary.overdue().size();
        }
    }

    /** A goal's latest approved status; {@code roundLabel} names the round it is from. */
    record Status(String roundLabel, @Nullable String text, boolean unchanged, @Nullable String delayReason,
                  @Nullable String expected, @Nullable String achievement) {
    }

    /** A goal's evaluation: the status name (indicator.status.*), the Danish explanation and the date it is as of. */
    record Evaluation(String indicator, String status, String explanation, LocalDate asOf) {
    }

    /** {@code theme} is the theme's number and, where the agreement names it, its name ("3 – Miljø og klima"). */
    record Goal(long id, String kind, String theme, String title, @Nullable String deadline, @Nullable Status status,
                @Nullable Evaluation evaluation) {
    }

    /** The goals of one kind (ANALYSIS, MEASURABLE, INTENT), in the agreement's order. */
    record Group(String kind, List<Goal> goals) {
    }

    /** {@code parties} are the parties' names ("Københavns Kommune"), their codes where a name is unknown. */
    record Overview(AgreementView agreement, List<String> parties, List<Round> rounds, List<Group> groups) {
        public @Nullable Round latest() {
            return rounds.isEmpty() ? null : rounds.get(0);
        }
    }

    private final AgreementCatalog catalog;
    private final FollowUpQueries followUp;
    private final IndicatorEvaluations evaluations;
    private final Organisations organisations;

    PublicOverview(AgreementCatalog catalog, FollowUpQueries followUp, IndicatorEvaluations evaluations,
                   Organisations organisations) {
        this.organisations = organisations;
        this.catalog = catalog;
        this.followUp = followUp;
        this.evaluations = evaluations;
    }

    Optional<Overview> of(String agreementId) {
        Optional<AgreementView> agreement = catalog.agreement(agreementId);
        if (agreement.isEmpty()) {
            return Optional.empty();
        }
        List<RoundView> approved = approvedRounds(agreementId);
        List<Round> rounds = new ArrayList<>();
        Map<Long, Status> latest = new LinkedHashMap<>();
        for (RoundView round : approved) {
            List<GoalStatusRow> table = followUp.table(agreementId, round.period());
            rounds.add(0, new Round(round.period(), round.label(), RoundSummary.of(agreementId, round.period(), table)));
            for (GoalStatusRow row : table) {
                if (row.status() != null) {
                    latest.put(row.goal().id(), status(round, row.status()));
                }
            }
        }
        LocalDate asOf = approved.isEmpty() ? null
                : Quarter.parse(approved.get(approved.size() - 1).period()).map(Quarter::lastDay).orElse(null);
        Map<Integer, String> themes = new LinkedHashMap<>();
        agreement.get().themes().forEach(t -> themes.put(t.number(), t.name()));
        List<Goal> goals = catalog.goals(agreementId).stream()
                .map(g -> goal(g, themes.get(g.theme()), latest.get(g.id()), asOf == null ? null : evaluation(g, asOf)))
                .toList();
        List<Group> groups = java.util.Arrays.stream(dk.almenmonitor.agreement.GoalKind.values())
                .map(kind -> new Group(kind.name(), goals.stream().filter(g -> g.kind().equals(kind.name())).toList()))
                .filter(group -> !group.goals().isEmpty()).toList();
        List<String> parties = agreement.get().parties().stream()
                .map(code -> organisations.byCode(code).map(OrganisationView::name).orElse(code)).toList();
        return Optional.of(new Overview(agreement.get(), parties, rounds, groups));
    }

    /** The agreement's approved rounds, oldest first. */
    List<RoundView> approvedRounds(String agreementId) {
        return followUp.rounds(agreementId).stream().filter(r -> r.state() == RoundState.APPROVED).toList();
    }

    private @Nullable Evaluation evaluation(GoalView goal, LocalDate asOf) {
        return evaluations.evaluate(goal.id(), asOf).map(PublicOverview::evaluation).orElse(null);
    }

    private static Evaluation evaluation(GoalEvaluationView e) {
        return new Evaluation(e.indicator(), e.status().name(), e.explanation(), e.asOf());
    }

    private static Goal goal(GoalView g, @Nullable String themeName, @Nullable Status status,
                             @Nullable Evaluation evaluation) {
        String theme = themeName == null || themeName.isBlank() ? String.valueOf(g.theme()) : g.theme() + " – " + themeName;
        return new Goal(g.id(), g.kind().name(), theme, g.title(), g.deadline() == null ? null : g.deadline().text(),
                status, evaluation);
    }

    private static Status status(RoundView round, StatusView s) {
        return new Status(round.label(), s.statusText(), s.unchanged(), s.delayReason(),
                s.expectedFulfilment() == null ? null : s.expectedFulfilment().text(),
                s.achievement() == null ? null : s.achievement().name());
    }
}
