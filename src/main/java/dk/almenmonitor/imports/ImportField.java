package dk.almenmonitor.imports;

import java.util.List;

/**
 * A choice that goes with the file on the page, sent as the parameter {@code name}: a select of {@code choices} with a
 * first, empty option labelled by {@code emptyKey}. Keys are message keys; choice labels are data (shown as is).
 */
public record ImportField(String name, String labelKey, String hintKey, String emptyKey, List<Choice> choices) {

    public record Choice(String value, String label) {
    }
}
