package dk.almenmonitor.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.followup.StatusView;
import dk.almenmonitor.organisation.Organisations;
import org.springframework.stereotype.Component;

/**
 * Open data: an agreement's goals with their status in every round, for publication. No user names (the statuses'
 * authors) are included, only what the committees see in Bilag 1.
 */
@Component
class OpenDataExport {

    record Export(String agreementId, String name, List<String> parties, LocalDate validFrom, LocalDate validTo,
                  List<Round> rounds, List<Goal> goals) {
    }

    record Round(String period, String label, String state) {
    }

    record Period(String text, LocalDate from, LocalDate to) {
    }

    record Goal(long id, String kind, int theme, String title, String content, Period deadline, List<String> owners,
                String ownersText, boolean concrete, int order, Long relatedGoalId, List<Status> statuses) {
    }

    record Status(String period, String statusText, boolean unchanged, String delayReason, Period expectedFulfilment,
                  String achievement, boolean overdue, OffsetDateTime updatedAt) {
    }

    private final AgreementCatalog catalog;
    private final FollowUpQueries followUp;
    private final Organisations organisations;

    OpenDataExport(AgreementCatalog catalog, FollowUpQueries followUp, Organisations organisations) {
        this.catalog = catalog;
        this.followUp = followUp;
        this.organisations = organisations;
    }

    Optional<Export> export(String agreementId) {
        return export(agreementId, round -> true);
    }

    /** The export restricted to the rounds {@code include} accepts: other rounds and their statuses are left out. */
    Optional<Export> export(String agreementId, java.util.function.Predicate<RoundView> include) {
        Optional<AgreementView> agreement = catalog.agreement(agreementId);
        if (agreement.isEmpty()) {
            return Optional.empty();
        }
        List<RoundView> rounds = followUp.rounds(agreementId).stream().filter(include).toList();
        Map<Long, List<Status>> statuses = new LinkedHashMap<>();
        for (RoundView round : rounds) {
            for (GoalStatusRow row : followUp.table(agreementId, round.period())) {
                if (row.status() != null) {
                    statuses.computeIfAbsent(row.goal().id(), id -> new ArrayList<>()).add(status(row.status()));
                }
            }
        }
        List<Goal> goals = catalog.goals(agreementId).stream().map(g -> goal(g, statuses.getOrDefault(g.id(), List.of())))
                .toList();
        AgreementView a = agreement.get();
        return Optional.of(new Export(a.id(), a.name(), a.parties(), a.validFrom(), a.validTo(),
                rounds.stream().map(r -> new Round(r.period(), r.label(), r.state().name())).toList(), goals));
    }

    private Goal goal(GoalView g, List<Status> statuses) {
        return new Goal(g.id(), g.kind().name(), g.theme(), g.title(), g.content(),
                g.deadline() == null ? new Period(null, null, null)
                        : new Period(g.deadline().text(), g.deadline().from(), g.deadline().to()),
                g.owners(), organisations.ownerNotation(g.owners()), g.concrete(), g.order(), g.relatedGoalId(), statuses);
    }

    private static Status status(StatusView s) {
        var e = s.expectedFulfilment();
        return new Status(s.period(), s.statusText(), s.unchanged(), s.delayReason(),
                e == null ? new Period(null, null, null) : new Period(e.text(), e.from(), e.to()),
                s.achievement() == null ? null : s.achievement().name(), s.overdue(), s.updatedAt());
    }
}
