package dk.almenmonitor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.almenmonitor.TestMessages;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.Role;

/** Issue 9, finding 10: goals owned by the municipality as a whole ("KK") are the secretariat's, whoever claims KK. */
class StatusEditPolicyTests {

    private static final GoalView KK_GOAL = goal(List.of("KK"));
    private static final GoalView TMF_GOAL = goal(List.of("TMF"));
    private static final GoalView SHARED_GOAL = goal(List.of("KK", "TMF"));

    @Test
    void anEditorScopedToKkGetsNoRightToKkOwnedGoals() {
        CurrentUser kkEditor = new CurrentUser("kk-token", null, Role.EDITOR, Set.of("KK"));
        CurrentUser mixedEditor = new CurrentUser("blandet", null, Role.EDITOR, Set.of("KK", "TMF"));
        assertThat(StatusEditPolicy.refusal(kkEditor, KK_GOAL, RoundState.OPEN)).get()
                .extracting(refused -> TestMessages.text(refused.messageCode(), refused.arguments())).asString()
                .contains("ejes af en anden organisation");
        assertThat(StatusEditPolicy.canEdit(mixedEditor, KK_GOAL, RoundState.OPEN)).isFalse();
        assertThat(StatusEditPolicy.canEdit(mixedEditor, TMF_GOAL, RoundState.OPEN)).isTrue();
        assertThat(StatusEditPolicy.canEdit(mixedEditor, SHARED_GOAL, RoundState.OPEN)).isTrue();
    }

    @Test
    void theSecretariatStillEditsKkOwnedGoals() {
        CurrentUser admin = new CurrentUser("admin", null, Role.ADMIN, Set.of());
        assertThat(StatusEditPolicy.canEdit(admin, KK_GOAL, RoundState.OPEN)).isTrue();
    }

    private static GoalView goal(List<String> owners) {
        return new GoalView(1, "kk-bl1-2015-2018", GoalKind.MEASURABLE, 1, "Mål", "Indhold", null, owners, true, 1, null, 1, false, null);
    }
}
