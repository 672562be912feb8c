package dk.almenmonitor.energy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * An energy-labels file read as a stream of {@link LabelRow}s, one at a time, whichever format it has: our CSV
 * ({@code energimaerke_id;klassifikation;gyldig_fra;gyldig_til;status;postnr;bbr_bygning;organisationsnr;afdelingsnr},
 * the EMO field names accepted as column names too) or Energistyrelsen's EMO JSON (an array of label objects, or an
 * object holding one such array), read with Jackson's streaming parser so nothing but the current label is held.
 * In the JSON, a problem's row is the label's place in the array (the first label is row 1) and its column the field.
 */
final class LabelFile {

    enum Format { CSV, JSON }

    /** What reading found: rows read, bounded errors and warnings, and the encoding of a CSV file. */
    record Read(Format format, String encoding, int rows, List<ImportProblem> errors, List<String> warnings) {

        ImportRejectedException rejection(Map<String, Object> details) {
            return new ImportRejectedException(errors, warnings, format.name(), encoding, rows, details);
        }
    }

    static final List<String> KEYS = List.of(LabelRow.SERIAL, LabelRow.CLASS, LabelRow.FROM, LabelRow.TO,
            LabelRow.STATUS, LabelRow.POSTAL, LabelRow.BUILDING, LabelRow.ORGANISATION, LabelRow.DEPARTMENT);
    static final List<String> REQUIRED = List.of(LabelRow.SERIAL, LabelRow.CLASS, LabelRow.FROM, LabelRow.TO);

    /** The EMO JSON field names (and the CSV column aliases) of our keys, lower case. */
    static final Map<String, String> EMO_FIELDS = Map.ofEntries(
            Map.entry("energylabelserialidentifier", LabelRow.SERIAL),
            Map.entry("energylabelclassification", LabelRow.CLASS),
            Map.entry("validfrom", LabelRow.FROM),
            Map.entry("validto", LabelRow.TO),
            Map.entry("labelstatus", LabelRow.STATUS),
            Map.entry("zipcode", LabelRow.POSTAL),
            Map.entry("buildingnumber", LabelRow.BUILDING),
            Map.entry("bbrbuildingnumber", LabelRow.BUILDING),
            Map.entry("buildingnumbers", LabelRow.BUILDING),
            Map.entry("organisationnumber", LabelRow.ORGANISATION),
            Map.entry("departmentnumber", LabelRow.DEPARTMENT));

    private static final int MAX_COLUMNS = 60;
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(16).maxStringLength(100_000).maxNameLength(200).build()).build();

    private LabelFile() {
    }

    /** JSON when the first character (after a BOM and white space) opens an array or an object, else CSV. */
    static Format detect(ImportFile file) {
        try (InputStream in = file.open()) {
            int b;
            int read = 0;
            while ((b = in.read()) != -1 && read++ < 4096) {
                if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
                    continue;
                }
                return b == '[' || b == '{' ? Format.JSON : Format.CSV;
            }
            return Format.CSV;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvTable.Columns columns() {
        CsvTable.Columns columns = CsvTable.Columns.of(KEYS, REQUIRED);
        for (Map.Entry<String, String> e : EMO_FIELDS.entrySet()) {
            columns = columns.alias(e.getKey(), e.getValue());
        }
        return columns;
    }

    /** Opens a CSV file's header (refusing a file without the required columns) and closes it: the cheap check. */
    static String checkCsvHeader(ImportFile file, int maxRows, ImportTexts texts) {
        try (CsvTable table = CsvTable.open(file, columns(), maxRows, MAX_COLUMNS, texts)) {
            return table.encoding();
        }
    }

    /** Reads every label, handing each valid one to {@code sink}; problems are collected, not thrown. */
    static Read read(ImportFile file, Format format, int maxRows, ImportTexts texts, Consumer<LabelRow> sink) {
        return format == Format.CSV ? readCsv(file, maxRows, texts, sink) : readJson(file, maxRows, texts, sink);
    }

    private static Read readCsv(ImportFile file, int maxRows, ImportTexts texts, Consumer<LabelRow> sink) {
        try (CsvTable table = CsvTable.open(file, columns(), maxRows, MAX_COLUMNS, texts)) {
            CsvTable.Row row = table.row();
            LabelRow.Cells cells = new LabelRow.Cells() {
                @Override
                public int number() {
                    return row.number();
                }

                @Override
                public String text(String key) {
                    return row.text(key);
                }

                @Override
                public void error(String key, String messageKey, Object... args) {
                    row.error(key, messageKey, args);
                }
            };
            while (table.next()) {
                LabelRow label = LabelRow.read(cells);
                if (label != null) {
                    sink.accept(label);
                }
            }
            return new Read(Format.CSV, table.encoding(), table.rows(), table.errors().list(), table.warnings().list());
        }
    }

    private static Read readJson(ImportFile file, int maxRows, ImportTexts texts, Consumer<LabelRow> sink) {
        BoundedProblems<ImportProblem> errors = BoundedProblems.errors(ImportProblem::file);
        JsonCells cells = new JsonCells(texts, errors);
        int labels = 0;
        try (InputStream in = file.open(); JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT && !toLabelArray(parser)) {
                errors.add(texts.file("energy.import.json.noLabels"));
            } else if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                errors.add(texts.file("energy.import.json.noLabels"));
            } else {
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == null) {
                        break;
                    }
                    labels++;
                    if (labels > maxRows) {
                        errors.add(texts.problem(labels, null, "energy.import.tooManyRows", maxRows));
                        break;
                    }
                    if (token != JsonToken.START_OBJECT) {
                        errors.add(texts.problem(labels, null, "energy.import.json.notObject"));
                        parser.skipChildren();
                        continue;
                    }
                    cells.start(labels);
                    readObject(parser, cells);
                    LabelRow label = LabelRow.read(cells);
                    if (label != null) {
                        sink.accept(label);
                    }
                }
            }
        } catch (JacksonException e) {
            errors.add(texts.problem(Math.max(labels, 1), null, "energy.import.json.broken",
                    BoundedProblems.excerpt(e.getOriginalMessage()), e.getLocation() == null ? "?"
                            : String.valueOf(e.getLocation().getLineNr())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (labels == 0 && errors.isEmpty()) {
            errors.add(texts.file("energy.import.noRows"));
        }
        return new Read(Format.JSON, "UTF-8", labels, errors.list(), List.of());
    }

    /** In an object, moves to the start of the first field holding an array; false when there is none. */
    private static boolean toLabelArray(JsonParser parser) {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    /** Reads the fields of one label object (the parser at its start) into {@code cells}; other fields skipped. */
    private static void readObject(JsonParser parser, JsonCells cells) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String key = EMO_FIELDS.get(name.toLowerCase(Locale.ROOT));
            if (key == null && KEYS.contains(name.toLowerCase(Locale.ROOT))) {
                key = name.toLowerCase(Locale.ROOT);
            }
            JsonToken value = parser.nextToken();
            if (key == null) {
                parser.skipChildren();
            } else if (value == JsonToken.START_ARRAY) {
                StringBuilder joined = new StringBuilder();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken().isScalarValue()) {
                        joined.append(joined.isEmpty() ? "" : ",").append(parser.getString());
                    } else {
                        parser.skipChildren();
                    }
                }
                cells.put(key, name, joined.toString());
            } else if (value == JsonToken.START_OBJECT) {
                parser.skipChildren();
                cells.put(key, name, "{…}");
            } else {
                cells.put(key, name, value == JsonToken.VALUE_NULL ? null : parser.getString());
            }
        }
    }

    /** The current JSON label's fields as cells; an error names the field as the file wrote it. */
    private static final class JsonCells implements LabelRow.Cells {
        private final ImportTexts texts;
        private final BoundedProblems<ImportProblem> errors;
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private int number;

        JsonCells(ImportTexts texts, BoundedProblems<ImportProblem> errors) {
            this.texts = texts;
            this.errors = errors;
        }

        void start(int label) {
            number = label;
            values.clear();
            names.clear();
        }

        void put(String key, String name, String value) {
            values.put(key, value == null || value.isBlank() ? null : value.strip());
            names.put(key, name);
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public String text(String key) {
            return values.get(key);
        }

        @Override
        public void error(String key, String messageKey, Object... args) {
            errors.add(texts.problem(number, names.getOrDefault(key, emoName(key)), messageKey, args));
        }

        private static String emoName(String key) {
            return switch (key) {
                case LabelRow.SERIAL -> "EnergyLabelSerialIdentifier";
                case LabelRow.CLASS -> "EnergyLabelClassification";
                case LabelRow.FROM -> "ValidFrom";
                case LabelRow.TO -> "ValidTo";
                case LabelRow.STATUS -> "LabelStatus";
                case LabelRow.POSTAL -> "ZipCode";
                default -> key;
            };
        }
    }
}
