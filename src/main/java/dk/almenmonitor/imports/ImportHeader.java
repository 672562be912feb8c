package dk.almenmonitor.imports;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV header row mapped to a dataset's columns: names are matched case-blind after trimming, through the dataset's
 * aliases (e.g. {@code værdi} and {@code vaerdi}); column order is free. An unknown column is a warning (it is
 * ignored), a column given twice and a required column missing are errors on row 1. For every dataset's CSV.
 */
public final class ImportHeader {

    private final Map<String, Integer> indexes;
    private final Map<String, String> names;

    private ImportHeader(Map<String, Integer> indexes, Map<String, String> names) {
        this.indexes = indexes;
        this.names = names;
    }

    /**
     * Maps {@code header}; {@code aliases} maps each accepted name (lower case) to its column key, in the order the
     * format help names the columns (a missing column's message lists them so). Empty, with the errors added, when a required column is missing or a column is given twice.
     */
    public static Optional<ImportHeader> read(List<String> header, Map<String, String> aliases, List<String> required,
                                              BoundedProblems<ImportProblem> errors, BoundedProblems<String> warnings) {
        int before = errors.count();
        Map<String, Integer> indexes = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String written = header.get(c).strip();
            String key = aliases.get(written.toLowerCase(Locale.ROOT));
            if (key == null) {
                if (!written.isEmpty()) {
                    warnings.add(ImportWords.text("imports.header.unknownColumn", BoundedProblems.excerpt(written),
                            String.valueOf(c + 1)));
                }
            } else if (indexes.putIfAbsent(key, c) != null) {
                errors.add(new ImportProblem(1, BoundedProblems.excerpt(written), ImportWords.text("imports.header.twice")));
            } else {
                names.put(key, written);
            }
        }
        for (String key : required) {
            if (!indexes.containsKey(key)) {
                errors.add(new ImportProblem(1, key, ImportWords.text("imports.header.missing", key,
                        String.join(";", new LinkedHashSet<>(aliases.values())))));
            }
        }
        return errors.count() > before ? Optional.empty() : Optional.of(new ImportHeader(indexes, names));
    }

    /** The column's index in the file, or null when the file has no such column. */
    public Integer index(String key) {
        return indexes.get(key);
    }

    /** The column as the file names it (for the column of a problem); the key when the file lacks it. */
    public String name(String key) {
        return names.getOrDefault(key, key);
    }

    /** The cell of the column in a row, trimmed; empty when the row or the file lacks it. */
    public String cell(List<String> cells, String key) {
        Integer index = indexes.get(key);
        return index == null || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index).strip();
    }
}
