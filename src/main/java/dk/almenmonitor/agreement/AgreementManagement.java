package dk.almenmonitor.agreement;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes agreements, themes and goals. Every write is idempotent so that re-importing a sheet changes nothing. */
@Service
@Transactional
public class AgreementManagement {

    /**
     * Themes are unnamed in the municipality's sheet; the names of themes 1-3 follow from their goals (docs/domain.md
     * §2) and are {@code agreement.theme.default.<n>} in messages_da.properties, any other is "Tema n".
     */
    private static final int NAMED_THEMES = 3;

    private final AgreementRepository agreements;
    private final GoalRepository goals;
    private final GoalChangeRepository changes;
    private final MessageSource messages;

    AgreementManagement(AgreementRepository agreements, GoalRepository goals, GoalChangeRepository changes,
                        MessageSource messages) {
        this.agreements = agreements;
        this.goals = goals;
        this.changes = changes;
        this.messages = messages;
    }

    public UpsertOutcome ensureAgreement(AgreementDraft draft) {
        return agreements.insertIfMissing(draft);
    }

    public void ensureTheme(String agreementId, int number) {
        agreements.insertThemeIfMissing(agreementId, number, themeName(number));
    }

    private String themeName(int number) {
        return number >= 1 && number <= NAMED_THEMES
                ? messages.getMessage("agreement.theme.default." + number, null, DanishFormat.DANISH)
                : messages.getMessage("agreement.theme.numbered", new Object[] {String.valueOf(number)}, DanishFormat.DANISH);
    }

    public GoalUpsert upsertGoal(String agreementId, GoalDraft draft) {
        ensureTheme(agreementId, draft.theme());
        Optional<GoalView> existing = goals.findByKindAndTitle(agreementId, draft.kind(), draft.title());
        if (existing.isEmpty()) {
            long id = goals.insert(agreementId, draft);
            goals.replaceOwners(id, draft.owners());
            return new GoalUpsert(id, UpsertOutcome.CREATED);
        }
        GoalView goal = existing.get();
        boolean changed = false;
        boolean versioned = false;
        if (!sameFields(goal, draft)) {
            goals.update(goal.id(), draft);
            changed = true;
            versioned = true;
        }
        if (!goal.owners().equals(draft.owners())) {
            goals.replaceOwners(goal.id(), draft.owners());
            changed = true;
        }
        if (changed) {
            recordImportedChanges(goal, draft, versioned ? goal.version() + 1 : goal.version());
        }
        return new GoalUpsert(goal.id(), changed ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
    }

    /** Links two goals both ways (the seed splits one goal into a measurable part and an intent part). */
    public void linkRelated(long goalId, long otherGoalId) {
        goals.setRelated(goalId, otherGoalId);
        goals.setRelated(otherGoalId, goalId);
    }

    /** An import's changes go into the goal's history as the secretariat's edits do (by "import"). */
    private void recordImportedChanges(GoalView before, GoalDraft draft, int version) {
        Map<String, String> was = GoalFields.of(before).shown();
        new GoalFields(draft.kind(), draft.theme(), draft.title(), draft.content(), draft.deadline(), draft.owners(),
                before.relatedGoalId()).shown().forEach((field, value) -> {
            if (!Objects.equals(was.get(field), value)) {
                changes.add(before.id(), version, GoalChangeAction.EDITED, field, was.get(field), value, "import");
            }
        });
    }

    private static boolean sameFields(GoalView goal, GoalDraft draft) {
        return goal.theme() == draft.theme()
                && Objects.equals(goal.content(), draft.content())
                && Objects.equals(goal.deadline(), draft.deadline())
                && goal.order() == draft.order();
    }
}
