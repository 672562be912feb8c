package dk.almenmonitor.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.imports.CsvInput;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a CSV as Danish Excel writes it: {@code ;}-separated, UTF-8 with or without BOM, or Windows-1252. The
 * encoding is detected and reported ({@link CsvInput}); rows and columns are capped while reading.
 */
final class CsvSheetReader {

    private CsvSheetReader() {
    }

    static RawSheet read(ImportTexts texts, byte[] content, int maxRows, int maxColumns) {
        List<RawSheet.Row> rows = new ArrayList<>();
        CsvInput.Opened opened;
        try {
            opened = CsvInput.open(content, maxRows, maxColumns);
        } catch (CsvInput.Refused e) {
            throw rejected(e);
        }
        try (CSVParser parser = CSVParser.parse(opened.reader(), opened.csvFormat())) {
            for (CSVRecord record : parser) {
                rows.add(new RawSheet.Row((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            CsvInput.Refused refused = CsvInput.Refused.in(e);
            if (refused != null) {
                throw rejected(refused);
            }
            throw texts.rejected("sheet.csv.unreadable", String.valueOf(rows.size()));
        }
        return new RawSheet(rows, "CSV", opened.encoding());
    }

    private static ImportRejectedException rejected(CsvInput.Refused refused) {
        String column = refused.column() == null ? null : CellReference.convertNumToColString(refused.column() - 1);
        return new ImportRejectedException(List.of(new ImportProblem(refused.row(), column, refused.getMessage())));
    }
}
