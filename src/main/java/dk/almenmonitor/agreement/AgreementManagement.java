package dk.almenmonitor.agreement;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes agreements, themes and goals. Every write is idempotent so that re-importing a sheet changes nothing. */
@Service
@Transactional
public class AgreementManagement {

    /** Themes are unnamed in the municipality's sheet; these names follow from their goals (docs/domain.md §2). */
    private static final Map<Integer, String> DEFAULT_THEME_NAMES = Map.of(
            1, "Almene boliger – nybyggeri, udbud, husleje og udlejning",
            2, "Udsatte by- og boligområder og boligsocial indsats",
            3, "Miljø, energi, drift og renovering");

    private final AgreementRepository agreements;
    private final GoalRepository goals;

    AgreementManagement(AgreementRepository agreements, GoalRepository goals) {
        this.agreements = agreements;
        this.goals = goals;
    }

    public UpsertOutcome ensureAgreement(AgreementDraft draft) {
        return agreements.insertIfMissing(draft);
    }

    public void ensureTheme(String agreementId, int number) {
        agreements.insertThemeIfMissing(agreementId, number, DEFAULT_THEME_NAMES.getOrDefault(number, "Tema " + number));
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
        if (!sameFields(goal, draft)) {
            goals.update(goal.id(), draft);
            changed = true;
        }
        if (!goal.owners().equals(draft.owners())) {
            goals.replaceOwners(goal.id(), draft.owners());
            changed = true;
        }
        return new GoalUpsert(goal.id(), changed ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
    }

    /** Links two goals both ways (the seed splits one goal into a measurable part and an intent part). */
    public void linkRelated(long goalId, long otherGoalId) {
        goals.setRelated(goalId, otherGoalId);
        goals.setRelated(otherGoalId, goalId);
    }

    private static boolean sameFields(GoalView goal, GoalDraft draft) {
        return goal.theme() == draft.theme()
                && Objects.equals(goal.content(), draft.content())
                && Objects.equals(goal.deadline(), draft.deadline())
                && goal.order() == draft.order();
    }
}
