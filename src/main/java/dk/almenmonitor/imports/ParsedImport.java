package dk.almenmonitor.imports;

import java.util.List;

/**
 * A file read and validated completely, nothing written yet: the dataset's own {@code data}, the format ("CSV",
 * "XLSX"), the encoding of a text file, the number of data rows and the warnings (already bounded).
 */
public record ParsedImport<P>(P data, String format, String encoding, int rows, List<String> warnings) {

    public ParsedImport {
        warnings = List.copyOf(warnings);
    }
}
