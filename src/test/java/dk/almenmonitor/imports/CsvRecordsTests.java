package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@link CsvRecords} reads every text as Commons CSV does in the import format: the same records, the same breaks. */
class CsvRecordsTests {

    @Test
    void readsTheRecordsCommonsCsvReads() throws IOException {
        String[] cases = {"", "a", "a;b\n", "a;b", "a;\n", "a;", ";", "\n", "\n\n", "a\r\nb\rc\n", "\"a;b\";c\n",
                "\"a\"\"b\"\n", "\"a\nb\";c", "\"a\" ;b", "\"a\"  \n", "a\"b;c", " \"a\";b", "\"\"", "\"\";\"\"\n",
                "x;\"ab\"c\n", "\"never closed", "a;b\n\"c", "æ;ø\r\nå"};
        for (String text : cases) {
            assertThat(read(text, ';')).as(text).isEqualTo(commons(text, ';'));
        }
    }

    @Test
    void agreesWithCommonsCsvOnRandomTexts() throws IOException {
        Random random = new Random(7);
        char[] alphabet = {'a', 'b', ';', ',', '"', '"', '\n', '\r', ' ', '\t'};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            char delimiter = i % 3 == 0 ? '\t' : i % 3 == 1 ? ',' : ';';
            assertThat(read(text.toString(), delimiter)).as("%s (%s)", text, delimiter)
                    .isEqualTo(commons(text.toString(), delimiter));
        }
    }

    @Test
    void readsCellsAcrossItsBuffer() throws IOException {
        String text = "x".repeat(70_000) + ";\"" + "y".repeat(70_000) + "\"\n1;2\n";
        assertThat(read(text, ';')).isEqualTo(commons(text, ';'));
    }

    /** The records (record number and cells), then "BROKEN" when reading broke off. */
    private static List<String> read(String text, char delimiter) throws IOException {
        List<String> records = new ArrayList<>();
        try (CsvRecords csv = new CsvRecords(new OneCharAtTimes(text), delimiter)) {
            while (csv.next()) {
                records.add(csv.number() + " " + csv.toList());
            }
        } catch (IOException e) {
            records.add("BROKEN");
        }
        return records;
    }

    private static List<String> commons(String text, char delimiter) throws IOException {
        List<String> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(new CsvInput.Opened(null, "UTF-8", delimiter).csvFormat()).get()) {
            Iterator<CSVRecord> iterator = parser.iterator();
            try {
                while (iterator.hasNext()) {
                    CSVRecord record = iterator.next();
                    records.add(record.getRecordNumber() + " " + record.toList());
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                records.add("BROKEN");
            }
        }
        return records;
    }

    /** A reader that hands over few characters at a time, so that every cell and line end meets a buffer's end. */
    private static final class OneCharAtTimes extends Reader {
        private final String text;
        private int at;

        OneCharAtTimes(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + at % 3), text.length() - at);
            text.getChars(at, at + n, buffer, off);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
