package dk.almenmonitor.followup;

import java.io.IOException;
import java.io.StringReader;
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
 * Reads a CSV as Danish Excel writes it: {@code ;}-separated, UTF-8 with or without BOM, or Windows-1252. The
 * encoding is detected (a BOM, else strict UTF-8 decoding, else Windows-1252) and reported.
 */
final class CsvSheetReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSheetReader() {
    }

    static RawSheet read(byte[] content) {
        Decoded decoded = decode(content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"').setIgnoreEmptyLines(false).get();
        List<RawSheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), format)) {
            for (CSVRecord record : parser) {
                rows.add(new RawSheet.Row((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new RejectedFileException("CSV-filen kan ikke læses (efter række %d): %s"
                    .formatted(rows.size(), "et citationstegn er ikke lukket eller rækken er ufuldstændig"));
        }
        return new RawSheet(rows, "CSV", decoded.encoding());
    }

    record Decoded(String text, String encoding) {
    }

    static Decoded decode(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(content, 3, content.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(content, WINDOWS_1252), "windows-1252");
        }
    }
}
