package dk.almenmonitor.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The report of one import, imported or rejected, in one shape for every dataset:
 * the common fields, then the dataset's own {@code details} as fields of the same JSON object (the follow-up sheet's
 * {@code agreementId}, {@code rounds}, {@code goals}, {@code statuses}; the observations' {@code observations}).
 * {@code rows} counts the data rows read; errors name row and column; both lists hold at most 101 entries.
 */
public record ImportReport(UUID importId, String dataset, ImportStatus status, String fileName, String format,
                           String encoding, String sha256, int rows, List<ImportProblem> errors, List<String> warnings,
                           String importedBy, OffsetDateTime importedAt, @JsonIgnore Map<String, Object> details) {

    /** The detail the pipeline adds to an import of synthetic demo data. */
    public static final String SYNTHETIC = "synthetic";

    /** The dataset's own fields, written into the JSON object beside the common ones. */
    @JsonAnyGetter
    public Map<String, Object> detailFields() {
        return details;
    }

    /** One of the dataset's own fields, or null. */
    public Object detail(String name) {
        return details.get(name);
    }

    /**
     * The message key of a detail's label on the report page: {@code imports.detail.<dataset>.<field>} (in the
     * contributing module's messages); the pipeline's own {@code synthetic} is {@code imports.detail.synthetic}.
     */
    public String detailLabelKey(String field) {
        return SYNTHETIC.equals(field) ? "imports.detail." + SYNTHETIC : "imports.detail." + dataset + "." + field;
    }

    public boolean imported() {
        return status == ImportStatus.IMPORTED;
    }
}
