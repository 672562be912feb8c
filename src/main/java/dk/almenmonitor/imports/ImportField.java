package dk.almenmonitor.imports;

import java.util.List;

/**
 * A field that goes with the file on the page, sent as the parameter {@code name}: a select of {@code choices} with a
 * first, empty option labelled by {@code emptyKey}, or a date ({@link Kind#DATE}, sent as ÅÅÅÅ-MM-DD). Keys are
 * message keys; choice labels are data (shown as is).
 */
public record ImportField(String name, String labelKey, String hintKey, String emptyKey, List<Choice> choices,
                          Kind kind, boolean required) {

    /** How the field is entered. */
    public enum Kind {
        SELECT, DATE
    }

    public record Choice(String value, String label) {
    }

    /** A select, not required. */
    public ImportField(String name, String labelKey, String hintKey, String emptyKey, List<Choice> choices) {
        this(name, labelKey, hintKey, emptyKey, choices, Kind.SELECT, false);
    }

    /** A date field, e.g. the cut-off date of a register extract. */
    public static ImportField date(String name, String labelKey, String hintKey, boolean required) {
        return new ImportField(name, labelKey, hintKey, null, List.of(), Kind.DATE, required);
    }

    /** For the template: whether the field is a date. */
    public boolean isDate() {
        return kind == Kind.DATE;
    }
}
