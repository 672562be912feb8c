package dk.almenmonitor.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A {@code ;}-separated upload read as a stream of rows under a header, for the datasets whose files may hold
 * millions of rows: {@link CsvInput} detects the encoding and delimiter and guards rows, columns and cells while
 * reading; the header is mapped through the dataset's column names ({@link ImportHeader}: unknown columns are warned
 * about, a missing required column refuses the file); each row's cells are read typed ({@link Row}), and every
 * problem is collected with its row and column, bounded ({@link BoundedProblems}). Nothing is held but the current
 * row. Missing values as Danish statistics write them ({@code ..}, {@code -}, an empty cell) read as null.
 */
public final class CsvTable implements Closeable {

    /** The columns of a dataset: accepted names (lower case) to column keys, and the keys that must be there. */
    public record Columns(Map<String, String> aliases, List<String> required) {

        public Columns {
            aliases = Map.copyOf(aliases);
            required = List.copyOf(required);
        }

        /** Each key is also its own accepted name; {@code required} are the keys a file must have. */
        public static Columns of(List<String> keys, List<String> required) {
            Map<String, String> aliases = new java.util.LinkedHashMap<>();
            keys.forEach(key -> aliases.put(key.toLowerCase(java.util.Locale.ROOT), key));
            return new Columns(aliases, required);
        }

        /** The same columns, also accepting {@code name} for {@code key}. */
        public Columns alias(String name, String key) {
            Map<String, String> more = new java.util.LinkedHashMap<>(aliases);
            more.put(name.toLowerCase(java.util.Locale.ROOT), key);
            return new Columns(more, required);
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ImportHeader header;
    private final String encoding;
    private final ImportTexts texts;
    private final BoundedProblems<ImportProblem> errors;
    private final BoundedProblems<String> warnings;
    private final Row row = new Row();
    private int rows;

    private CsvTable(CSVParser parser, Iterator<CSVRecord> records, ImportHeader header, String encoding,
                     ImportTexts texts, BoundedProblems<ImportProblem> errors, BoundedProblems<String> warnings) {
        this.parser = parser;
        this.records = records;
        this.header = header;
        this.encoding = encoding;
        this.texts = texts;
        this.errors = errors;
        this.warnings = warnings;
    }

    /**
     * Opens the file and reads its header. Refuses the file (nothing read further) when it cannot be decoded, has no
     * header row or lacks a required column.
     */
    public static CsvTable open(ImportFile file, Columns columns, int maxRows, int maxColumns, ImportTexts texts) {
        CsvInput.Opened opened;
        try {
            opened = CsvInput.open(file, maxRows + 1, maxColumns);
        } catch (CsvInput.Refused e) {
            throw new ImportRejectedException(List.of(new ImportProblem(e.row(), null, e.getMessage())), List.of(),
                    "CSV", null, 0, Map.of());
        }
        BoundedProblems<ImportProblem> errors = BoundedProblems.errors(ImportProblem::file);
        BoundedProblems<String> warnings = BoundedProblems.warnings(w -> w);
        CSVParser parser = null;
        try {
            parser = CSVParser.builder().setReader(opened.reader()).setFormat(opened.csvFormat()).get();
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportRejectedException(List.of(texts.file("imports.csv.noHeader")), List.of(), "CSV",
                        opened.encoding(), 0, Map.of());
            }
            List<String> names = records.next().toList();
            Optional<ImportHeader> header = ImportHeader.read(names, columns.aliases(), columns.required(), errors,
                    warnings);
            if (header.isEmpty()) {
                throw new ImportRejectedException(errors.list(), warnings.list(), "CSV", opened.encoding(), 0, Map.of());
            }
            return new CsvTable(parser, records, header.get(), opened.encoding(), texts, errors, warnings);
        } catch (IOException | UncheckedIOException e) {
            close(parser, opened);
            CsvInput.Refused refused = CsvInput.Refused.in(e);
            throw new ImportRejectedException(List.of(refused != null
                    ? new ImportProblem(refused.row(), null, refused.getMessage())
                    : texts.problem(1, null, "imports.csv.unreadable", BoundedProblems.excerpt(e.getMessage()))),
                    List.of(), "CSV", opened.encoding(), 0, Map.of());
        } catch (RuntimeException e) {
            close(parser, opened);
            throw e;
        }
    }

    private static void close(CSVParser parser, CsvInput.Opened opened) {
        try {
            if (parser != null) {
                parser.close();
            } else {
                opened.reader().close();
            }
        } catch (IOException ignored) {
            // the refusal is what matters
        }
    }

    /**
     * Moves to the next data row; false at the end of the file, or when the file breaks off (a cell over the limit,
     * a quote never closed): that is then an error at its row, and the rows after it are not read.
     */
    public boolean next() {
        try {
            if (!records.hasNext()) {
                return false;
            }
            CSVRecord record = records.next();
            rows++;
            row.record = record;
            return true;
        } catch (UncheckedIOException | IllegalStateException e) {
            CsvInput.Refused refused = CsvInput.Refused.in(e);
            int at = rows + 2;
            errors.add(refused != null
                    ? new ImportProblem(refused.row(), refused.column() == null ? null : ImportWords.text("imports.csv.column", refused.column()),
                            refused.getMessage())
                    : texts.problem(at, null, "imports.csv.brokenRow"));
            return false;
        }
    }

    public Row row() {
        return row;
    }

    /** The data rows read so far (the header not counted). */
    public int rows() {
        return rows;
    }

    public String encoding() {
        return encoding;
    }

    /** Whether the file has the column (an optional one may be absent). */
    public boolean has(String key) {
        return header.index(key) != null;
    }

    public BoundedProblems<ImportProblem> errors() {
        return errors;
    }

    public BoundedProblems<String> warnings() {
        return warnings;
    }

    /** The refusal of the file with every error so far, its encoding and the rows read; for a file with errors. */
    public ImportRejectedException rejection(Map<String, Object> details) {
        return new ImportRejectedException(errors.list(), warnings.list(), "CSV", encoding, rows, details);
    }

    /** Throws {@link #rejection} when any error was found. */
    public void rejectIfErrors() {
        if (!errors.isEmpty()) {
            throw rejection(Map.of());
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The current row. A typed read that fails records an error at this row and column and answers null; a
     * {@code required} read also records one when the cell is missing. Check {@link #errors()} before using a row's
     * values where a null would not do.
     */
    public final class Row {
        private CSVRecord record;

        /** The row's number in the file (the header is row 1). */
        public int number() {
            return (int) record.getRecordNumber();
        }

        /** The cell, trimmed; null when missing ({@code ..}, {@code -}, empty, or no such column). */
        public String text(String key) {
            Integer index = header.index(key);
            if (index == null || index >= record.size()) {
                return null;
            }
            String cell = record.get(index).strip();
            return cell.isEmpty() || cell.equals("..") || cell.equals("-") ? null : cell;
        }

        /** The cell, which must be there. */
        public String requiredText(String key) {
            String text = text(key);
            if (text == null) {
                error(key, "imports.cell.missing");
            }
            return text;
        }

        public Long integer(String key, boolean required) {
            BigDecimal value = decimal(key, required);
            if (value == null) {
                return null;
            }
            try {
                return value.longValueExact();
            } catch (ArithmeticException e) {
                error(key, "imports.cell.notInteger", BoundedProblems.excerpt(text(key)));
                return null;
            }
        }

        public BigDecimal decimal(String key, boolean required) {
            String text = required ? requiredText(key) : text(key);
            if (text == null) {
                return null;
            }
            DecimalText.Parsed parsed = DecimalText.parse(text);
            return switch (parsed.kind()) {
                case NUMBER -> parsed.value();
                case MISSING -> null;
                case AMBIGUOUS -> {
                    error(key, "imports.cell.ambiguousNumber", BoundedProblems.excerpt(text));
                    yield null;
                }
                case INVALID -> {
                    error(key, "imports.cell.notNumber", BoundedProblems.excerpt(text));
                    yield null;
                }
            };
        }

        public LocalDate date(String key, boolean required) {
            String text = required ? requiredText(key) : text(key);
            if (text == null) {
                return null;
            }
            LocalDate date = DateText.parse(text);
            if (date == null) {
                error(key, "imports.cell.notDate", BoundedProblems.excerpt(text));
            }
            return date;
        }

        /** Records an error at this row and the column (as the file names it), with a message key of the dataset. */
        public void error(String key, String messageKey, Object... args) {
            errors.add(texts.problem(number(), header.name(key), messageKey, args));
        }

        /** The number of cells the row has (a short row has fewer than the header). */
        public int size() {
            return record.size();
        }
    }

    /** Errors found so far as a list, for a dataset's own checks (a duplicate key after the last row, say). */
    public List<ImportProblem> errorList() {
        return new ArrayList<>(errors.list());
    }
}
