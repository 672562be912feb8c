package dk.almenmonitor.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * A {@code ;}-separated upload read as a stream of rows under a header, for the datasets whose files may hold
 * millions of rows: {@link CsvInput} detects the encoding and delimiter and guards rows, columns and cells while
 * reading, {@link CsvRecords} splits the records; the header is mapped through the dataset's column names ({@link ImportHeader}: unknown columns are warned
 * about, a missing required column refuses the file); each row's cells are read typed ({@link Row}), and every
 * problem is collected with its row and column, bounded ({@link BoundedProblems}). Nothing is held but the current
 * row. Missing values as Danish statistics write them ({@code ..}, {@code -}, an empty cell) read as null.
 */
public final class CsvTable implements Closeable {

    /** The columns of a dataset: accepted names (lower case) to column keys, and the keys that must be there. */
    public record Columns(Map<String, String> aliases, List<String> required) {

        public Columns {
            // In the given order (not Map.copyOf's): a missing column's message lists the columns in this order.
            aliases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aliases));
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

    private final CsvRecords records;
    private final ImportHeader header;
    private final String encoding;
    private final ImportTexts texts;
    private final BoundedProblems<ImportProblem> errors;
    private final BoundedProblems<String> warnings;
    private final Row row = new Row();
    private final String[] keys;
    private final int[] indexes;
    private int rows;

    private CsvTable(CsvRecords records, ImportHeader header, Columns columns,
                     String encoding, ImportTexts texts, BoundedProblems<ImportProblem> errors,
                     BoundedProblems<String> warnings) {
        this.records = records;
        this.header = header;
        this.encoding = encoding;
        this.texts = texts;
        this.errors = errors;
        this.warnings = warnings;
        // The dataset's keys, found by identity before the header's map: a large file looks cells up millions of times.
        this.keys = new java.util.LinkedHashSet<>(columns.aliases().values()).toArray(String[]::new);
        this.indexes = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Integer index = header.index(keys[i]);
            indexes[i] = index == null ? -1 : index;
        }
    }

    /** The column's index in the file, or -1 when the file has no such column. */
    private int index(String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return indexes[i];
            }
        }
        Integer index = header.index(key);
        return index == null ? -1 : index;
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
        CsvRecords records = new CsvRecords(opened.reader(), opened.delimiter());
        try {
            if (!records.next()) {
                throw new ImportRejectedException(List.of(texts.file("imports.csv.noHeader")), List.of(), "CSV",
                        opened.encoding(), 0, Map.of());
            }
            List<String> names = records.toList();
            Optional<ImportHeader> header = ImportHeader.read(names, columns.aliases(), columns.required(), errors,
                    warnings);
            if (header.isEmpty()) {
                throw new ImportRejectedException(errors.list(), warnings.list(), "CSV", opened.encoding(), 0, Map.of());
            }
            return new CsvTable(records, header.get(), columns, opened.encoding(), texts, errors, warnings);
        } catch (IOException | UncheckedIOException e) {
            close(opened);
            CsvInput.Refused refused = CsvInput.Refused.in(e);
            throw new ImportRejectedException(List.of(refused != null
                    ? new ImportProblem(refused.row(), null, refused.getMessage())
                    : texts.problem(1, null, "imports.csv.unreadable", BoundedProblems.excerpt(e.getMessage()))),
                    List.of(), "CSV", opened.encoding(), 0, Map.of());
        } catch (RuntimeException e) {
            close(opened);
            throw e;
        }
    }

    private static void close(CsvInput.Opened opened) {
        try {
            opened.reader().close();
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
            if (!records.next()) {
                return false;
            }
            rows++;
            return true;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
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

    /**
     * The end of a dataset's parse: a file without data rows is refused with the file-level {@code emptyCode}, a file
     * with any error with every error and {@code rejectionDetails} (the report's counts of a refused file); else the
     * parsed data with the table's encoding, rows and warnings.
     */
    public <P> ParsedImport<P> parsed(P data, String emptyCode, Map<String, Object> rejectionDetails) {
        if (errors.isEmpty() && rows == 0) {
            errors.add(texts.file(emptyCode));
        }
        if (!errors.isEmpty()) {
            throw rejection(rejectionDetails);
        }
        return new ParsedImport<>(data, "CSV", encoding, rows, warnings.list());
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
            records.close();
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
        /** The row's number in the file (the header is row 1). */
        public int number() {
            return (int) records.number();
        }

        /** The cell, trimmed; null when missing ({@code ..}, {@code -}, empty, or no such column). */
        public String text(String key) {
            int index = index(key);
            if (index < 0 || index >= records.size()) {
                return null;
            }
            String cell = records.get(index).strip();
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
            String text = required ? requiredText(key) : text(key);
            if (text == null) {
                return null;
            }
            if (DecimalText.plainInteger(text)) { // the common cell, without a BigDecimal
                return Long.parseLong(text);
            }
            BigDecimal value = decimal(text, key, required);
            if (value == null) {
                return null;
            }
            try {
                return value.longValueExact();
            } catch (ArithmeticException e) {
                error(key, "imports.cell.notInteger", BoundedProblems.excerpt(text));
                return null;
            }
        }

        public BigDecimal decimal(String key, boolean required) {
            String text = required ? requiredText(key) : text(key);
            if (text == null) {
                return null;
            }
            return decimal(text, key, required);
        }

        private BigDecimal decimal(String text, String key, boolean required) {
            DecimalText.Parsed parsed = DecimalText.parse(text);
            return switch (parsed.kind()) {
                case NUMBER -> parsed.value();
                case MISSING -> { // a cell only of spaces the number reader skips (U+00A0) or a bare %
                    if (required) {
                        error(key, "imports.cell.missing");
                    }
                    yield null;
                }
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
            return records.size();
        }
    }

    /** Errors found so far as a list, for a dataset's own checks (a duplicate key after the last row, say). */
    public List<ImportProblem> errorList() {
        return new ArrayList<>(errors.list());
    }
}
