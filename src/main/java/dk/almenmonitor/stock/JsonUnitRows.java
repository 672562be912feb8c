package dk.almenmonitor.stock;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.DecimalText;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The units of a BBR extract as a JSON array of objects with the BBR field names (Datafordeler's shape), read with
 * Jackson's streaming parser one object at a time: the array is never held. A field's value may be a string, a number
 * or null; other fields of the objects (Datafordeler sends many) are ignored and named once in a warning. Strings,
 * names and nesting are bounded by the parser's read constraints, the number of objects by the dataset's row limit. A
 * file that is not an array of objects, or that breaks off, is an error where it happens; the units after it are not
 * read. JSON is UTF-8 (or UTF-16/32, which the parser detects), as RFC 8259 requires.
 */
final class JsonUnitRows implements UnitRows {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(10_000)
                    .maxNameLength(200)
                    .maxNumberLength(100)
                    .maxNestingDepth(32)
                    .build())
            .build();
    private static final int MAX_UNKNOWN_NAMES = 20;

    private final JsonParser parser;
    private final Map<String, String> names;
    private final int maxRows;
    private final ImportTexts texts;
    private final BoundedProblems<ImportProblem> errors = BoundedProblems.errors(ImportProblem::file);
    private final Set<String> unknown = new LinkedHashSet<>();
    private final Set<String> seenKeys = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> nested = new HashSet<>();
    private final Map<String, String> fieldNames = new HashMap<>();
    private int rows;
    private boolean ended;

    private JsonUnitRows(JsonParser parser, Map<String, String> names, int maxRows, ImportTexts texts) {
        this.parser = parser;
        this.names = names;
        this.maxRows = maxRows;
        this.texts = texts;
    }

    /**
     * Opens the file and reads up to the array's start; refuses the file when it is not a JSON array.
     *
     * @param names accepted field names (lower case) to keys, as {@link dk.almenmonitor.imports.CsvTable.Columns}
     */
    static JsonUnitRows open(ImportFile file, Map<String, String> names, int maxRows, ImportTexts texts) {
        InputStream in = file.open();
        JsonParser parser;
        try {
            parser = FACTORY.createParser(in);
        } catch (JacksonException e) {
            closeQuietly(in);
            throw refusal(broken(texts, null, e));
        }
        JsonToken first;
        try {
            first = parser.nextToken();
        } catch (JacksonException e) {
            parser.close();
            throw refusal(broken(texts, null, e));
        }
        if (first != JsonToken.START_ARRAY) {
            parser.close();
            throw refusal(texts.file("stock.bbr.json.notArray"));
        }
        return new JsonUnitRows(parser, names, maxRows, texts);
    }

    private static ImportRejectedException refusal(ImportProblem problem) {
        return new ImportRejectedException(List.of(problem), List.of(), "JSON", "UTF-8", 0, Map.of());
    }

    /** The parser's problem with where it is: {@code stock.bbr.json.broken} (line, column, message). */
    private static ImportProblem broken(ImportTexts texts, Integer row, JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return texts.problem(row, null, "stock.bbr.json.broken", at == null ? 1 : at.getLineNr(),
                at == null ? 1 : at.getColumnNr(), BoundedProblems.excerpt(e.getOriginalMessage()));
    }

    @Override
    public boolean next() {
        if (ended) {
            return false;
        }
        values.clear();
        nested.clear();
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                ended = true;
                return false;
            }
            rows++;
            if (rows > maxRows) {
                errors.add(texts.problem(rows, null, "stock.bbr.tooManyRows", maxRows));
                ended = true;
                rows--;
                return false;
            }
            if (token != JsonToken.START_OBJECT) {
                errors.add(texts.problem(rows, null, "stock.bbr.json.notObject"));
                parser.skipChildren();
                return true;
            }
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                String key = names.get(name.toLowerCase(java.util.Locale.ROOT));
                if (key == null) {
                    if (unknown.size() < MAX_UNKNOWN_NAMES) {
                        unknown.add(BoundedProblems.excerpt(name));
                    }
                    parser.skipChildren();
                    continue;
                }
                seenKeys.add(key);
                fieldNames.putIfAbsent(key, name);
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    nested.add(key);
                } else if (value != JsonToken.VALUE_NULL) {
                    values.put(key, parser.getString().strip());
                }
            }
            return true;
        } catch (JacksonException e) {
            errors.add(broken(texts, Math.max(rows, 1), e));
            ended = true;
            return false;
        }
    }

    @Override
    public int number() {
        return rows;
    }

    @Override
    public String text(String key) {
        String value = values.get(key);
        if (nested.contains(key)) {
            error(key, "stock.bbr.json.notValue");
            return null;
        }
        return value == null || value.isEmpty() || value.equals("..") || value.equals("-") ? null : value;
    }

    @Override
    public Long integer(String key, boolean required) {
        BigDecimal value = decimal(key, required);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            error(key, "imports.cell.notInteger", BoundedProblems.excerpt(values.get(key)));
            return null;
        }
    }

    @Override
    public BigDecimal decimal(String key, boolean required) {
        String text = text(key);
        if (text == null) {
            if (required && !nested.contains(key)) {
                error(key, "imports.cell.missing");
            }
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

    @Override
    public void error(String key, String messageKey, Object... args) {
        errors.add(texts.problem(rows, fieldNames.getOrDefault(key, key), messageKey, args));
    }

    @Override
    public boolean has(String key) {
        return seenKeys.contains(key);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int errorCount() {
        return errors.count();
    }

    @Override
    public String format() {
        return "JSON";
    }

    @Override
    public String encoding() {
        return "UTF-8";
    }

    @Override
    public List<String> warnings() {
        return unknown.isEmpty() ? List.of() : List.of(texts.text("stock.bbr.json.unknownFields",
                String.join(", ", unknown)));
    }

    @Override
    public ImportRejectedException rejection(Map<String, Object> details) {
        return new ImportRejectedException(errors.list(), warnings(), "JSON", "UTF-8", rows, details);
    }

    @Override
    public void close() {
        parser.close();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (java.io.IOException ignored) {
            // the refusal is what matters
        }
    }
}
