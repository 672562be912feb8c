package dk.almenmonitor.area;

import dk.almenmonitor.imports.CsvTable;
import org.jspecify.annotations.Nullable;

/** The checks of an area's code and name cells, shared by the area datasets. */
final class AreaText {

    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;

    private AreaText() {
    }

    /**
     * The code: 1–40 characters, letters, digits and {@code - _ .}, beginning with a letter or digit and without
     * {@code ..}; else null with an error. The code is a segment of the area's addresses, so no {@code /}.
     */
    static @Nullable String code(CsvTable.Row r, String column) {
        String code = r.requiredText(column);
        if (code == null) {
            return null;
        }
        if (code.length() > MAX_CODE || !code.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*") || code.contains("..")) {
            r.error(column, "area.import.code", code.length() > MAX_CODE ? code.substring(0, MAX_CODE) + "…" : code,
                    MAX_CODE);
            return null;
        }
        return code;
    }

    /** The name: 1–200 characters without control characters; else null with an error. */
    static @Nullable String name(CsvTable.Row r, String column) {
        String name = r.requiredText(column);
        if (name == null) {
            return null;
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            r.error(column, "area.import.name", MAX_NAME);
            return null;
        }
        return name;
    }
}
