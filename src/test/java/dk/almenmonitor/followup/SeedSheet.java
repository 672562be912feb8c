package dk.almenmonitor.followup;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The municipality's seed sheet as the test's own source of truth, read independently of the importer (plain CSV
 * reading, no project code), so that expected counts come from the sheet and not from constants.
 */
public final class SeedSheet {

    public record Row(int number, String section, String title, String theme, String deadline, String q4, String q1,
               String delayReason, String expected, String achievement, String owner, String content) {

        boolean concrete() {
            return !section.equals("INTENT");
        }
    }

    private SeedSheet() {
    }

    public static byte[] csvBytes() throws IOException {
        try (InputStream in = new ClassPathResource("seed/hovedaftale-2015-2018-status-2017K1.csv").getInputStream()) {
            return in.readAllBytes();
        }
    }

    public static String csvText() throws IOException {
        String text = new String(csvBytes(), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static byte[] xlsxBytes() throws IOException {
        try (InputStream in = new ClassPathResource("seed/hovedaftale-2015-2018-status-2017K1.xlsx").getInputStream()) {
            return in.readAllBytes();
        }
    }

    public static List<Row> goalRows() throws IOException {
        List<Row> rows = new ArrayList<>();
        String section = null;
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).get().parse(new StringReader(csvText()))) {
            if (r.size() < 10) {
                continue;
            }
            if (r.get(1).equals("Tema")) {
                String head = r.get(0).toLowerCase();
                section = head.contains("analyse") ? "ANALYSIS" : head.contains("målbare") ? "MEASURABLE" : "INTENT";
                continue;
            }
            rows.add(new Row((int) r.getRecordNumber(), section, r.get(0).trim(), r.get(1), r.get(2), r.get(4), r.get(5),
                    r.get(6), r.get(7), r.get(8), r.get(9), r.get(3)));
        }
        return rows;
    }

    /** The CSV with cells of one column replaced (record numbers as in {@link Row#number()}, column from 0), UTF-8 with BOM. */
    public static byte[] withCells(java.util.Map<Integer, String> valueByRecord, int column) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        out.write('\uFEFF');
        try (org.apache.commons.csv.CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';').get().print(out)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).get()
                    .parse(new StringReader(csvText()))) {
                List<String> values = new ArrayList<>(r.toList());
                String value = valueByRecord.get((int) r.getRecordNumber());
                if (value != null) {
                    values.set(column, value);
                }
                printer.printRecord(values);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
