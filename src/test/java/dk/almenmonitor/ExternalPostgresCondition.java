package dk.almenmonitor;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the run against the external PostgreSQL ({@link ExternalPostgresContextCustomizerFactory}): every test class is
 * skipped, with the reason, when there is no server to run against, so that {@code ./mvnw verify} passes on a
 * developer machine with nothing installed; when the run requires the server ({@code ALMEN_EXTERNAL_PG_REQUIRED=1},
 * {@code .ci/run}) it fails instead. Found by JUnit's extension auto-detection, which only that run switches on
 * ({@code META-INF/services}); in every other run it does nothing.
 */
public class ExternalPostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!ExternalPostgresContextCustomizerFactory.enabled()) {
            return ConditionEvaluationResult.enabled("not the external PostgreSQL run");
        }
        if (ExternalPostgres.shared().isPresent()) {
            return ConditionEvaluationResult.enabled("external PostgreSQL available");
        }
        if (ExternalPostgres.required()) {
            throw new IllegalStateException("ALMEN_EXTERNAL_PG_REQUIRED is set, but " + ExternalPostgres.unavailableReason());
        }
        return ConditionEvaluationResult.disabled("External PostgreSQL run skipped: " + ExternalPostgres.unavailableReason()
                + " (install Debian's postgresql, or set ALMEN_PG_BIN)");
    }
}
