package dk.almenmonitor.opcost;

import java.util.List;

/**
 * What a figure measures: the total or one of the five cost categories of the file. {@code key} is the name in the
 * API and the stem of the database columns ({@code <key>_m2}); {@code fileColumn} the column of the file (none for the
 * total, which is their sum).
 */
enum CostMeasure {
    TOTAL("total", null),
    ADMINISTRATION("administration", "administration_kr"),
    MAINTENANCE("maintenance", "vedligehold_fornyelse_kr"),
    CLEANING("cleaning", "renholdelse_kr"),
    UTILITIES("utilities", "forbrug_kr"),
    OTHER("other", "oevrige_kr");

    /** The five categories of the file, in its column order. */
    static final List<CostMeasure> CATEGORIES = List.of(ADMINISTRATION, MAINTENANCE, CLEANING, UTILITIES, OTHER);

    private final String key;
    private final String fileColumn;

    CostMeasure(String key, String fileColumn) {
        this.key = key;
        this.fileColumn = fileColumn;
    }

    public String key() {
        return key;
    }

    String fileColumn() {
        return fileColumn;
    }

    /** The message key of the Danish name. */
    public String labelKey() {
        return "opcost.measure." + key;
    }
}
