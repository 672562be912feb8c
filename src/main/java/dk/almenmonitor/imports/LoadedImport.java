package dk.almenmonitor.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dataset's load did: its counts and other facts as named fields of the report (e.g. {@code goals},
 * {@code statuses} or {@code observations}, each {@code created/updated/unchanged}), and warnings found while loading.
 */
public record LoadedImport(Map<String, Object> details, List<String> warnings) {

    public LoadedImport {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details)); // in order, nulls allowed
        warnings = List.copyOf(warnings);
    }

    public LoadedImport(Map<String, Object> details) {
        this(details, List.of());
    }
}
