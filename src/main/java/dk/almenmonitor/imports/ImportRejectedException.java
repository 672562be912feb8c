package dk.almenmonitor.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file cannot be read or fails validation; nothing is stored. A dataset throws it from
 * {@link ImportDataset#parse} or from {@link ImportDataset#load} (the transaction is then rolled back). What is known
 * about the file so far (format, encoding, rows read, warnings, dataset details) goes into the rejected report.
 */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;
    private final transient List<String> warnings;
    private final String format;
    private final String encoding;
    private final int rows;
    private final transient Map<String, Object> details;

    public ImportRejectedException(List<ImportProblem> problems, List<String> warnings, String format, String encoding,
                                   int rows, Map<String, Object> details) {
        super(problems.isEmpty() ? "rejected" : problems.get(0).message());
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
        this.format = format;
        this.encoding = encoding;
        this.rows = rows;
        this.details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public ImportRejectedException(List<ImportProblem> problems) {
        this(problems, List.of(), null, null, 0, Map.of());
    }

    public ImportRejectedException(String message) {
        this(List.of(ImportProblem.file(message)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public List<String> warnings() {
        return warnings;
    }

    public String format() {
        return format;
    }

    public String encoding() {
        return encoding;
    }

    public int rows() {
        return rows;
    }

    public Map<String, Object> details() {
        return details;
    }

    /** The same refusal with what the caller knows about the file filled in where this one knows nothing. */
    public ImportRejectedException orElse(String knownFormat, String knownEncoding, int knownRows,
                                          Map<String, Object> knownDetails) {
        return new ImportRejectedException(problems, warnings, format != null ? format : knownFormat,
                encoding != null ? encoding : knownEncoding, rows != 0 ? rows : knownRows,
                details.isEmpty() ? knownDetails : details);
    }
}
