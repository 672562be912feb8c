package dk.almenmonitor.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.CsvInput;
import dk.almenmonitor.imports.ImportTexts;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a {@code ;}-separated file as Danish Excel writes it: UTF-8 with or without BOM, or Windows-1252 (detected by
 * {@link CsvInput}, which also refuses UTF-16, NUL characters and rows or columns over the limits while reading).
 * Returns the rows with their numbers in the file (1 = header).
 */
final class ObservationCsv {

    record Row(int number, List<String> cells) {
    }

    record Table(String encoding, List<Row> rows) {
    }

    /** The file cannot be read as CSV; {@code row} and {@code column} (as named in the header) may be null. */
    static final class Unreadable extends Exception {
        private final Integer row;
        private final String column;

        Unreadable(Integer row, String column, String message) {
            super(message);
            this.row = row;
            this.column = column;
        }

        Integer row() {
            return row;
        }

        String column() {
            return column;
        }
    }

    private ObservationCsv() {
    }

    static Table read(ImportTexts texts, byte[] content, int maxRows, int maxColumns) throws Unreadable {
        CsvInput.Opened opened;
        try {
            opened = CsvInput.open(content, maxRows, maxColumns);
        } catch (CsvInput.Refused e) {
            throw unreadable(texts, e, List.of());
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(opened.reader(), opened.csvFormat())) {
            for (CSVRecord record : parser) {
                rows.add(new Row((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            CsvInput.Refused refused = CsvInput.Refused.in(e);
            if (refused != null) {
                throw unreadable(texts, refused, rows.isEmpty() ? List.of() : rows.get(0).cells());
            }
            throw new Unreadable(null, null, texts.text("indicator.import.unreadable", String.valueOf(rows.size())));
        }
        return new Table(opened.encoding(), rows);
    }

    /** The column named as in the header when the header has been read and names it, else by its number. */
    private static Unreadable unreadable(ImportTexts texts, CsvInput.Refused refused, List<String> header) {
        Integer column = refused.column();
        String name = null;
        if (column != null) {
            String headed = column <= header.size() && refused.row() != null && refused.row() > 1 ? header.get(column - 1).strip() : "";
            name = headed.isEmpty() ? texts.text("indicator.import.columnNumber", String.valueOf(column)) : BoundedProblems.excerpt(headed);
        }
        return new Unreadable(refused.row(), name, refused.getMessage());
    }
}
