package dk.almenmonitor.opcost;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The benchmark as CSV the way Danish Excel opens it: {@code ;}-separated, UTF-8 with BOM, CRLF, decimal comma
 * without thousands separators. The groups file has one row per group (the sector first) and category; the
 * departments file one row per department the user may see. Text a spreadsheet would take for a formula is
 * prefixed with {@code '}.
 */
final class OperatingCostCsv {

    static final List<String> GROUP_HEADER = List.of("aar", "stoerrelse", "opfoerelsesaar", "kategori", "afdelinger",
            "kvartil_1_kr_m2", "median_kr_m2", "kvartil_3_kr_m2");
    static final List<String> DEPARTMENT_HEADER = List.of("aar", "organisationsnr", "afdelingsnr", "afdeling",
            "stoerrelse", "opfoerelsesaar", "areal_m2", "i_alt_kr_m2", "administration_kr_m2",
            "vedligehold_fornyelse_kr_m2", "renholdelse_kr_m2", "forbrug_kr_m2", "oevrige_kr_m2",
            "gruppens_median_kr_m2", "afstand_til_median_kr_m2", "afstand_til_median_pct");

    private OperatingCostCsv() {
    }

    static byte[] groups(BenchmarkView benchmark) {
        List<List<String>> rows = new ArrayList<>();
        List<BenchmarkView.GroupView> groups = new ArrayList<>();
        if (benchmark.sector() != null) {
            groups.add(benchmark.sector());
        }
        groups.addAll(benchmark.groups());
        for (BenchmarkView.GroupView g : groups) {
            g.byCategory().forEach((category, q) -> rows.add(List.of(String.valueOf(benchmark.year()), g.sizeBand(),
                    g.builtBand(), category, String.valueOf(g.departments()), decimal(q.q1(), 2),
                    decimal(q.median(), 2), decimal(q.q3(), 2))));
        }
        return write(GROUP_HEADER, rows);
    }

    static byte[] departments(BenchmarkView benchmark) {
        List<List<String>> rows = new ArrayList<>();
        for (BenchmarkView.DepartmentView d : benchmark.departments()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(benchmark.year()),
                    String.valueOf(d.organisationNo()), String.valueOf(d.departmentNo()), cell(d.name()),
                    d.sizeBand(), d.builtBand(), decimal(d.areaM2(), 2)));
            for (CostMeasure measure : CostMeasure.values()) {
                row.add(decimal(d.costsPerM2().get(measure.key()), 2));
            }
            row.add(decimal(d.groupMedianPerM2(), 2));
            row.add(decimal(d.distanceToMedianPerM2(), 2));
            row.add(decimal(d.distanceToMedianPct(), 1));
            rows.add(row);
        }
        return write(DEPARTMENT_HEADER, rows);
    }

    private static byte[] write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code 1234.5} → "1234,50"; null → empty. */
    static String decimal(BigDecimal value, int decimals) {
        return value == null ? "" : value.setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
