package dk.almenmonitor.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.decision.DecisionView;
import dk.almenmonitor.decision.Decisions;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.followup.StatusView;
import dk.almenmonitor.shared.DanishFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything search finds, read through the owning modules' facades (never their tables): per agreement its goals
 * (title and content), per round the status texts written in that round (an "Uændret" status — the same text as the
 * round before — is found through the round it was written in) and the delay reasons given or changed in that round,
 * and every decision (under the first of its goals).
 */
@Component
class SearchSources {

    /** No decision is dated before this (the decision module's own lower bound). */
    private static final LocalDate FIRST_DECISION = LocalDate.of(1990, 1, 1);

    private final AgreementCatalog catalog;
    private final FollowUpQueries followUp;
    private final Decisions decisions;

    SearchSources(AgreementCatalog catalog, FollowUpQueries followUp, Decisions decisions) {
        this.catalog = catalog;
        this.followUp = followUp;
        this.decisions = decisions;
    }

    /** One consistent read (a single read-only transaction) of every searchable text. */
    @Transactional(readOnly = true)
    public List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        Map<Long, GoalView> goals = new HashMap<>();
        for (AgreementView agreement : catalog.agreements()) {
            for (GoalView goal : catalog.goals(agreement.id())) {
                goals.put(goal.id(), goal);
                documents.add(new SearchDocument(HitKind.GOAL, agreement.id(), goal.id(), null, null, null, goal.order(),
                        goal.title(), goal.title(), goal.content()));
            }
            for (RoundView round : followUp.rounds(agreement.id())) {
                for (GoalStatusRow row : followUp.table(agreement.id(), round.period())) {
                    statusDocuments(row, round, documents);
                }
            }
        }
        for (DecisionView decision : decisions.between(FIRST_DECISION, LocalDate.now(DanishFormat.DANISH_TIME).plusDays(1))) {
            decision.goalIds().stream().map(goals::get).filter(g -> g != null).findFirst().ifPresent(goal ->
                    documents.add(new SearchDocument(HitKind.DECISION, goal.agreementId(), goal.id(), null,
                            decision.id(), decision.date(), goal.order(), goal.title(), "",
                            decision.forumName() + ": " + decision.text()
                                    + (decision.reference() == null ? "" : " (" + decision.reference() + ")"))));
        }
        return documents;
    }

    private static void statusDocuments(GoalStatusRow row, RoundView round, List<SearchDocument> documents) {
        StatusView status = row.status();
        if (status == null) {
            return;
        }
        GoalView goal = row.goal();
        if (hasText(status.statusText()) && !status.unchanged()) {
            documents.add(new SearchDocument(HitKind.STATUS, round.agreementId(), goal.id(), round.period(), null, null,
                    goal.order(), goal.title(), "", status.statusText()));
        }
        StatusView previous = row.previous();
        if (hasText(status.delayReason())
                && (previous == null || !normalised(status.delayReason()).equals(normalised(previous.delayReason())))) {
            documents.add(new SearchDocument(HitKind.DELAY_REASON, round.agreementId(), goal.id(), round.period(), null,
                    null, goal.order(), goal.title(), "", status.delayReason()));
        }
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static String normalised(@Nullable String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
