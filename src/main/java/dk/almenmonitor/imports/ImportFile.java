package dk.almenmonitor.imports;

import java.util.Map;

/**
 * An uploaded file as a dataset sees it: its bytes (already checked against the upload limits), its file name (made
 * safe for reports and pages) and the form or query parameters that came with it, such as the follow-up sheet's
 * {@code agreementId}.
 */
public record ImportFile(byte[] content, String fileName, Map<String, String> parameters) {

    public ImportFile {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** A parameter, or null when it is absent or blank. */
    public String parameter(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
