package dk.almenmonitor.indicator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a {@code ;}-separated file as Danish Excel writes it: UTF-8 with or without BOM, or Windows-1252 (detected:
 * a BOM, else strict UTF-8, else Windows-1252). Returns the rows with their numbers in the file (1 = header).
 */
final class ObservationCsv {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Row(int number, List<String> cells) {
    }

    record Table(String encoding, List<Row> rows) {
    }

    /** The file cannot be read as CSV. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private ObservationCsv() {
    }

    static Table read(byte[] content) throws Unreadable {
        String encoding;
        String text;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            encoding = "UTF-8 (BOM)";
            text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException notUtf8) {
                text = new String(content, WINDOWS_1252);
                encoding = "windows-1252";
            }
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"').setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(new Row((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new Unreadable("CSV-filen kan ikke læses efter række %d: et citationstegn er ikke lukket."
                    .formatted(rows.size()));
        }
        return new Table(encoding, rows);
    }
}
