package dk.almenmonitor.indicator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The report of an observations import (PRODUCT.md C10 "import report"): {@code rows} is the number of data rows
 * read; {@code observations} how many were created, revised (the old value kept in the history) or unchanged.
 */
public record ObservationImportReport(UUID importId, String dataset, ImportStatus status, String fileName,
                                      String format, String encoding, int rows, Counts observations,
                                      List<ImportError> errors, List<String> warnings, String importedBy,
                                      OffsetDateTime importedAt) {

    public enum ImportStatus { IMPORTED, REJECTED }

    public record Counts(int created, int revised, int unchanged) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    /** Where (row as in the file, header = row 1; column as named in the header) and what, in Danish. */
    public record ImportError(Integer row, String column, String message) {
    }
}
