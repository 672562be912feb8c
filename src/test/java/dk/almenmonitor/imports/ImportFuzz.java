package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Generated uploads for the property tests of the readers (the period parser's sibling tests): arbitrary bytes, and
 * near-valid CSV — a valid file of the dataset with a few random mutations (cells replaced by random text, numbers in
 * Danish and English formats, NUL, quotes, separators, very long cells; cells and rows added or dropped; the header
 * reordered or renamed; a BOM, windows-1252 or UTF-16 bytes). {@link #check} runs a reader on one such file and lets
 * nothing through but success or the pipeline's reported refusal ({@link ImportRejectedException} with its
 * problems); any other exception fails the property.
 */
public final class ImportFuzz {

    private static final ImportTexts TEXTS = new ImportTexts(messageSource());
    private static final int KINDS = 16;

    private ImportFuzz() {
    }

    /** The Danish texts as the application resolves them (the module message files included). */
    public static ImportTexts texts() {
        return TEXTS;
    }


    /**
     * Runs {@code reader} on the content as an upload: it answers, or refuses the file with the pipeline's refusal,
     * whose problems are then checked; any other exception escapes and fails the property. The refusal, or null.
     */
    public static ImportRejectedException check(byte[] content, boolean large, Map<String, String> parameters,
                                                Function<ImportFile, ?> reader) {
        Path path;
        try {
            path = Files.createTempFile("import-fuzz", ".csv");
            Files.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportFile file = new ImportFile(path, content.length, large, "fuzz.csv", parameters,
                java.util.UUID.randomUUID());
        try {
            reader.apply(file);
            return null;
        } catch (ImportRejectedException e) {
            assertReported(e);
            return e;
        } finally {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    /** The header and first {@code lines} data rows of the synthetic test-scale file of a dataset: valid rows. */
    public static String synthetic(String dataset, int lines) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            dk.almenmonitor.synthetic.SyntheticHousingData.of(dk.almenmonitor.synthetic.SyntheticHousingData.Scale.TEST,
                    7).write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join("\n", out.toString().lines().limit(lines + 1L).toList()) + "\n";
    }

    /** {@link #check} for a dataset's parse, without parameters. */
    public static ImportRejectedException checkParse(ImportDataset<?> dataset, byte[] content) {
        return check(content, dataset.large(), Map.of(), dataset::parse);
    }

    /**
     * {@link #check} for a dataset's parse and then its load, with the given form fields: for readers whose rows are
     * checked while the load streams them into PostgreSQL. The load's repositories are the caller's stubs; COPY goes
     * to {@link #bulk()}.
     */
    public static <P> ImportRejectedException checkLoad(ImportDataset<P> dataset, byte[] content,
                                                        Map<String, String> parameters) {
        return check(content, dataset.large(), parameters, file -> dataset.load(dataset.parse(file), "fuzz"));
    }

    /**
     * A COPY that goes nowhere: every row is still formatted as COPY's text format would send it (so a row with the
     * wrong number of values, or a value COPY cannot take, fails as it would against PostgreSQL); rows sent ready-made
     * are dropped. {@code finish()} answers the number of rows added.
     */
    public static BulkCopyRepository bulk() {
        return org.mockito.Mockito.mock(BulkCopyRepository.class, invocation -> {
            String[] columns = (String[]) invocation.getRawArguments()[1];
            CopyTextRows rows = new CopyTextRows(columns.length);
            return org.mockito.Mockito.mock(BulkCopyRepository.Copy.class, call -> switch (call.getMethod().getName()) {
                case "row" -> {
                    rows.row((Object[]) call.getRawArguments()[0]);
                    if (rows.size() >= BulkCopyRepository.Copy.CHUNK) {
                        rows.clear();
                    }
                    yield null;
                }
                case "finish", "rows" -> rows.rows();
                default -> null;
            });
        });
    }

    /** A reported refusal names at least one problem, each with a Danish message, and rows counted from 1. */
    public static void assertReported(ImportRejectedException e) {
        assertThat(e.problems()).as("a refusal says what is wrong").isNotEmpty();
        for (ImportProblem p : e.problems()) {
            assertThat(p.message()).as("problem %s", p).isNotBlank();
            if (p.row() != null) {
                assertThat(p.row()).as("problem %s", p).isPositive();
            }
        }
        assertThat(e.problems().size()).as("problems are bounded").isLessThanOrEqualTo(BoundedProblems.LIMIT + 1);
    }

    /** Any bytes, up to 2 KB; half of them behind the given header line, so that the rows are reached. */
    public static Arbitrary<byte[]> bytes(String header) {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
        byte[] head = (header + "\n").getBytes(StandardCharsets.UTF_8);
        return Arbitraries.oneOf(any, any.map(tail -> {
            byte[] all = Arrays.copyOf(head, head.length + tail.length);
            System.arraycopy(tail, 0, all, head.length, tail.length);
            return all;
        }));
    }

    /** One edit of a file: what kind, where (reduced modulo the file's size) and the text it puts there. */
    record Mutation(int kind, int row, int column, String value) {
    }

    /**
     * Near-valid files: {@code valid} (a {@code ;}-separated file with header, unquoted cells) with up to eight
     * mutations, written with {@code \n} or {@code \r\n} in UTF-8, UTF-8 with BOM, windows-1252 or (rarely) UTF-16.
     */
    public static Arbitrary<byte[]> nearValid(String valid) {
        List<List<String>> table = new ArrayList<>();
        for (String line : valid.strip().split("\r?\n")) {
            table.add(List.of(line.split(";", -1)));
        }
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 99), cells())
                .as(Mutation::new);
        return Combinators.combine(mutation.list().ofMaxSize(8), Arbitraries.integers().between(0, 19),
                Arbitraries.of("\n", "\r\n"), Arbitraries.integers().between(1, table.size()))
                .as((mutations, encoding, eol, keep) -> encode(render(mutate(table.subList(0, keep), mutations), eol),
                        encoding));
    }

    /**
     * A text (JSON, say) with up to eight character edits at random places: a random cell text inserted, characters
     * deleted, or the text cut off; in UTF-8.
     */
    public static Arbitrary<byte[]> editedText(String valid) {
        Arbitrary<Mutation> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, valid.length()), Arbitraries.integers().between(1, 20), cells())
                .as(Mutation::new);
        return edit.list().ofMaxSize(8).map(edits -> {
            StringBuilder text = new StringBuilder(valid);
            for (Mutation e : edits) {
                int at = Math.min(e.row(), text.length());
                switch (e.kind()) {
                    case 0 -> text.insert(at, e.value());
                    case 1 -> text.delete(at, Math.min(text.length(), at + e.column()));
                    default -> text.setLength(at);
                }
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    /** Cell texts that reach the readers' edges. */
    public static Arbitrary<String> cells() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-10, 3000).map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, danishNumbers()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("2017-01-19", "19-01-2017", "19.01.2017", "2017-02-30",
                        "2017-13-01", "31/12/2016", "2016-H1", "2016-H3", "2016K1", "1. halvår 2016", "0000-00-00",
                        "9999-12-31", "+2017-01-19", "2017-01-19T10:00:00Z")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("", " ", "..", "-", "\u0000", "\"", "\"\"", "\"x", ";",
                        "\n", "\r", "\t", "\uFEFF", "\u00A0", "ja", "nej", "x", "KBH", "boligomraade", "byomraade",
                        "familie", "ungdom", "aeldre", "NaN", "Infinity", "-0", "1e9", "1E-400", "0x10", "٣", "１２",
                        "€", "æøå", "ÆØÅ", "\uD83D\uDE00", "\uD800", "null", "{}", "[", "=1+1")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(20)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars(";\"\n\r\t\u0000 æøåÆØÅ€.,-0123456789")
                        .ofMaxLength(12)));
    }

    private static Arbitrary<String> danishNumbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25);
        return Combinators.combine(Arbitraries.of("", "-", "+"), digits, Arbitraries.of("", ",", ".", ".000,", ",000.",
                        " ", "'"), Arbitraries.strings().numeric().ofMaxLength(6))
                .as((sign, whole, separator, fraction) -> sign + whole + separator + fraction);
    }

    private static List<List<String>> mutate(List<List<String>> original, List<Mutation> mutations) {
        List<List<String>> rows = new ArrayList<>();
        original.forEach(r -> rows.add(new ArrayList<>(r)));
        for (Mutation m : mutations) {
            if (rows.isEmpty()) {
                rows.add(new ArrayList<>());
            }
            int r = m.row() % rows.size();
            List<String> row = rows.get(r);
            int c = row.isEmpty() ? 0 : m.column() % row.size();
            switch (m.kind()) {
                case 0, 1, 2, 3, 4 -> { // the most common edit: a data cell (or, at row 0, a column name) replaced
                    if (row.isEmpty()) {
                        row.add(m.value());
                    } else {
                        row.set(c, m.value());
                    }
                }
                case 5 -> {
                    if (!row.isEmpty()) {
                        row.remove(c);
                    }
                }
                case 6 -> row.add(Math.min(c, row.size()), m.value());
                case 7 -> rows.add(r, new ArrayList<>(row));
                case 8 -> {
                    if (r > 0) {
                        rows.remove(r);
                    }
                }
                case 9 -> rows.add(r + 1, new ArrayList<>(List.of("")));
                case 10 -> { // a column name in other case or with spaces
                    List<String> header = rows.get(0);
                    if (!header.isEmpty()) {
                        int h = m.column() % header.size();
                        header.set(h, " " + header.get(h).toUpperCase(Locale.ROOT) + " ");
                    }
                }
                case 11 -> { // two columns swapped in every row
                    for (List<String> each : rows) {
                        int a = m.column() % Math.max(1, each.size());
                        int b = m.row() % Math.max(1, each.size());
                        if (a < each.size() && b < each.size()) {
                            java.util.Collections.swap(each, a, b);
                        }
                    }
                }
                case 12 -> { // quoted as RFC 4180 writes it, so separators and line breaks are inside the cell
                    if (!row.isEmpty()) {
                        row.set(c, "\"" + m.value().replace("\"", "\"\"") + "\"");
                    }
                }
                case 13 -> { // a very long cell, sometimes over the limit
                    if (!row.isEmpty()) {
                        String unit = m.value().isEmpty() ? "9" : m.value();
                        int length = m.row() % 2 == 0 ? CsvInput.MAX_CELL + 1 : 5000;
                        row.set(c, unit.repeat(length / unit.length() + 1).substring(0, length));
                    }
                }
                case 14 -> rows.add(r + 1, new ArrayList<>(java.util.Collections.nCopies(1 + m.column(),
                        m.value()))); // a row of many cells
                default -> { // the last data row duplicated many times, towards a key twice
                    List<String> last = rows.get(rows.size() - 1);
                    for (int i = 0; i < 1 + m.column() % 5; i++) {
                        rows.add(new ArrayList<>(last));
                    }
                }
            }
        }
        return rows;
    }

    private static String render(List<List<String>> rows, String eol) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(";", row)).append(eol);
        }
        return text.toString();
    }

    private static byte[] encode(String text, int encoding) {
        if (encoding < 12) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (encoding < 15) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[body.length + 3];
            all[0] = (byte) 0xEF;
            all[1] = (byte) 0xBB;
            all[2] = (byte) 0xBF;
            System.arraycopy(body, 0, all, 3, body.length);
            return all;
        }
        if (encoding < 19) {
            return text.getBytes(CsvInput.WINDOWS_1252);
        }
        return text.getBytes(StandardCharsets.UTF_16);
    }

    private static ResourceBundleMessageSource messageSource() {
        TreeSet<String> modules = new TreeSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*/messages_da.properties")) {
                String url = resource.getURL().toString();
                String folder = url.substring(0, url.lastIndexOf('/'));
                modules.add(folder.substring(folder.lastIndexOf('/') + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> basenames = new ArrayList<>();
        basenames.add("messages");
        modules.forEach(module -> basenames.add("i18n/" + module + "/messages"));
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
