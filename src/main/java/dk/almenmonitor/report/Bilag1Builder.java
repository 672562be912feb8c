package dk.almenmonitor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.WrittenPeriod;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class Bilag1Builder {

    /** Analyses "efter tidspunkt": by start of the deadline (an open start counts as its end), then end, then sheet order. */
    static final Comparator<GoalStatusRow> BY_DEADLINE = Comparator
            .comparing((GoalStatusRow r) -> sortStart(r.goal().deadline()))
            .thenComparing(r -> sortEnd(r.goal().deadline()))
            .thenComparingInt(r -> r.goal().order());

    static final Comparator<GoalStatusRow> BY_THEME = Comparator
            .comparingInt((GoalStatusRow r) -> r.goal().theme())
            .thenComparingInt(r -> r.goal().order());

    private final AgreementCatalog catalog;
    private final FollowUpQueries followUp;
    private final Organisations organisations;

    Bilag1Builder(AgreementCatalog catalog, FollowUpQueries followUp, Organisations organisations) {
        this.catalog = catalog;
        this.followUp = followUp;
        this.organisations = organisations;
    }

    /** One read-only transaction for the several reads (one connection, one commit). */
    @Transactional(readOnly = true)
    Optional<Bilag1> build(String agreementId, String period) {
        Optional<AgreementView> agreement = catalog.agreement(agreementId);
        Optional<RoundView> round = followUp.round(agreementId, period);
        if (agreement.isEmpty() || round.isEmpty()) {
            return Optional.empty();
        }
        List<GoalStatusRow> rows = followUp.table(agreementId, period);
        List<Bilag1.Section> sections = new ArrayList<>();
        for (GoalKind kind : GoalKind.values()) {
            Comparator<GoalStatusRow> order = kind == GoalKind.ANALYSIS ? BY_DEADLINE : BY_THEME;
            sections.add(new Bilag1.Section(kind, rows.stream().filter(r -> r.goal().kind() == kind).sorted(order)
                    .map(r -> new Bilag1.Row(r, organisations.ownerNotation(r.goal().owners()))).toList()));
        }
        Quarter quarter = Quarter.parse(period).orElseThrow();
        return Optional.of(new Bilag1(agreementId, agreement.get().name(), round.get(), quarter.danish(),
                previousLabel(agreementId, period), sections));
    }

    private String previousLabel(String agreementId, String period) {
        String previous = null;
        for (RoundView r : followUp.rounds(agreementId)) {
            if (r.period().equals(period)) {
                break;
            }
            previous = r.period();
        }
        return previous == null ? null : Quarter.danishLabel(previous);
    }

    private static LocalDate sortStart(WrittenPeriod deadline) {
        if (deadline == null || !deadline.hasInterval()) {
            return LocalDate.MAX;
        }
        return deadline.from() != null ? deadline.from() : deadline.to();
    }

    private static LocalDate sortEnd(WrittenPeriod deadline) {
        return deadline == null || deadline.to() == null ? LocalDate.MAX : deadline.to();
    }
}
