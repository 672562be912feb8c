package dk.almenmonitor.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dataset's load did: its counts and other facts as named fields of the report (e.g. {@code goals},
 * {@code statuses} or {@code observations}, each {@code created/updated/unchanged}), warnings found while loading,
 * and the rows counted and the encoding detected when the dataset streams its file in the load (else null: the parse
 * found them).
 */
public record LoadedImport(Map<String, Object> details, List<String> warnings, Integer rows, String encoding) {

    public LoadedImport {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details)); // in order, nulls allowed
        warnings = List.copyOf(warnings);
    }

    public LoadedImport(Map<String, Object> details, List<String> warnings) {
        this(details, warnings, null, null);
    }

    public LoadedImport(Map<String, Object> details) {
        this(details, List.of(), null, null);
    }

    /** A streamed dataset counts its rows while loading: the report's row count is then this one, not the parse's. */
    public LoadedImport withRows(int counted) {
        return new LoadedImport(details, warnings, counted, encoding);
    }

    /** A streamed dataset opens its file in the load: the report's encoding is then this one. */
    public LoadedImport withEncoding(String detected) {
        return new LoadedImport(details, warnings, rows, detected);
    }
}
