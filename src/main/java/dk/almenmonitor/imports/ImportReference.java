package dk.almenmonitor.imports;

import java.util.List;

/**
 * A table shown with a dataset's format help: a heading and column headings (message keys) and rows of data; the
 * first cell of each row is a code and is shown as one.
 */
public record ImportReference(String headingKey, List<String> columnKeys, List<List<String>> rows) {
}
