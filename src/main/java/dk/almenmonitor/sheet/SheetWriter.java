package dk.almenmonitor.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementDraft;
import dk.almenmonitor.agreement.AgreementManagement;
import dk.almenmonitor.agreement.GoalDraft;
import dk.almenmonitor.agreement.GoalUpsert;
import dk.almenmonitor.agreement.UpsertOutcome;
import dk.almenmonitor.followup.FollowUpImports;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.WrittenPeriod;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a validated sheet in one transaction: agreement, themes, goals (matched by section and text), one round
 * per status column and the statuses. {@link #refusals} are checked before, while parsing. Unchanged rows are not
 * touched, so a second import changes nothing.
 */
@Component
class SheetWriter {

    private final AgreementManagement agreements;
    private final FollowUpImports followUp;
    private final ImportTexts texts;

    SheetWriter(AgreementManagement agreements, FollowUpImports followUp, ImportTexts texts) {
        this.texts = texts;
        this.agreements = agreements;
        this.followUp = followUp;
    }

    record Result(Counts goals, Counts statuses) {
    }

    /** Goals or statuses created, updated or unchanged by an import. */
    record Counts(int created, int updated, int unchanged) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    /** The most over-long texts reported one by one; the rest are counted in the last problem. */
    static final int MAX_TEXT_PROBLEMS = 100;

    @Transactional
    public Result write(AgreementDraft agreement, ParsedSheet sheet, String user) {
        agreements.ensureAgreement(agreement);
        int[] goalCounts = new int[3];
        Map<String, List<Long>> idsByTitle = new HashMap<>();
        List<Long> goalIds = new ArrayList<>();
        int order = 0;
        for (ParsedSheet.GoalRow row : sheet.goals()) {
            GoalUpsert upsert = agreements.upsertGoal(agreement.id(), new GoalDraft(row.kind(), row.theme(),
                    row.title(), row.content(), WrittenPeriod.of(row.deadline()), row.owners(), ++order));
            goalCounts[upsert.outcome().ordinal()]++;
            goalIds.add(upsert.goalId());
            idsByTitle.computeIfAbsent(row.title(), t -> new ArrayList<>()).add(upsert.goalId());
        }
        idsByTitle.values().stream().filter(ids -> ids.size() > 1)
                .forEach(ids -> ids.subList(1, ids.size()).forEach(other -> agreements.linkRelated(ids.get(0), other)));
        int[] statusCounts = new int[3];
        List<Quarter> quarters = sheet.quarters();
        for (int q = 0; q < quarters.size(); q++) {
            boolean latest = q == quarters.size() - 1;
            Quarter quarter = quarters.get(q);
            FollowUpImports.ImportedRound round = followUp.approvedRound(agreement.id(), quarter);
            for (int g = 0; g < sheet.goals().size(); g++) {
                ParsedSheet.GoalRow row = sheet.goals().get(g);
                String text = row.statusTexts().get(q);
                if (text == null && !latest) {
                    continue;
                }
                Optional<UpsertOutcome> outcome = latest
                        ? followUp.importStatus(round, goalIds.get(g), text, row.delayReason(), row.expected(),
                                row.achievement(), user)
                        : followUp.importStatus(round, goalIds.get(g), text, null, null, null, user);
                statusCounts[outcome.orElseThrow(() -> locked(row, quarter)).ordinal()]++;
            }
        }
        return new Result(counts(goalCounts), counts(statusCounts));
    }

    /** What makes a parsed sheet unfit to store for this agreement: quarters outside it, over-long texts. */
    List<ImportProblem> refusals(AgreementDraft agreement, ParsedSheet sheet) {
        List<ImportProblem> refused = new ArrayList<>(quartersOutside(agreement, sheet));
        refused.addAll(tooLongTexts(sheet));
        return refused;
    }

    /** Status columns for quarters a round of the agreement cannot have (the follow-up rules of round bounds). */
    List<ImportProblem> quartersOutside(AgreementDraft agreement, ParsedSheet sheet) {
        LocalDate today = LocalDate.now(DanishFormat.DANISH_TIME);
        return sheet.quarters().stream().flatMap(q -> followUp.quarterOutside(agreement.validFrom(),
                agreement.validTo(), q, today).map(m -> new ImportProblem(null, SheetColumns.STATUS_OF + q.danish(), m)).stream()).toList();
    }

    /**
     * Every status text, delay reason and expected fulfilment longer than the API allows (the follow-up API's text limits), checked
     * before anything is written: an import must not store what a person could not type.
     */
    List<ImportProblem> tooLongTexts(ParsedSheet sheet) {
        List<ImportProblem> problems = new ArrayList<>();
        int more = 0;
        for (ParsedSheet.GoalRow row : sheet.goals()) {
            List<Optional<ImportProblem>> found = new ArrayList<>();
            for (int q = 0; q < sheet.quarters().size(); q++) {
                String column = SheetColumns.STATUS_OF + sheet.quarters().get(q).danish();
                found.add(followUp.statusTextTooLong(row.statusTexts().get(q))
                        .map(m -> new ImportProblem(row.row(), column, m)));
            }
            found.add(followUp.delayReasonTooLong(row.delayReason())
                    .map(m -> new ImportProblem(row.row(), SheetColumns.DELAY_REASON, m)));
            found.add(followUp.expectedFulfilmentTooLong(row.expected())
                    .map(m -> new ImportProblem(row.row(), SheetColumns.EXPECTED, m)));
            for (Optional<ImportProblem> problem : found) {
                if (problem.isPresent() && problems.size() < MAX_TEXT_PROBLEMS) {
                    problems.add(problem.get());
                } else if (problem.isPresent()) {
                    more++;
                }
            }
        }
        if (more > 0) {
            problems.add(texts.file("sheet.tooLong.more", String.valueOf(more)));
        }
        return problems;
    }

    private ImportRejectedException locked(ParsedSheet.GoalRow row, Quarter quarter) {
        return new ImportRejectedException(List.of(texts.problem(row.row(), SheetColumns.STATUS_OF + quarter.danish(),
                "sheet.roundLocked", quarter.danish())));
    }

    private static Counts counts(int[] c) {
        return new Counts(c[UpsertOutcome.CREATED.ordinal()], c[UpsertOutcome.UPDATED.ordinal()],
                c[UpsertOutcome.UNCHANGED.ordinal()]);
    }
}
