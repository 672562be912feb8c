package dk.almenmonitor.followup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What an import did or why it was rejected (PRODUCT.md C10 "import report"). */
public record ImportReport(UUID importId, String dataset, ImportStatus status, String fileName, String format,
                           String encoding, int rows, String agreementId, List<String> rounds, Counts goals,
                           Counts statuses, List<ImportProblem> errors, List<String> warnings, String importedBy,
                           OffsetDateTime importedAt) {

    public enum ImportStatus { IMPORTED, REJECTED }

    public record Counts(int created, int updated, int unchanged) {
        static final Counts NONE = new Counts(0, 0, 0);
    }
}
