package dk.almenmonitor.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportHeader;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportReference;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code observations} dataset of the import pipeline ({@code indikator;periode;vaerdi;dimension;kilde},
 * docs/domain.md §5), for the secretariat and the data stewards: every row is validated before anything is written, and
 * the file lands whole or not at all. Column order is free, unknown columns are reported as warnings, rows whose
 * value is missing ({@code ..}, {@code -}, empty) are skipped with a warning. Errors and warnings are bounded
 * ({@link BoundedProblems}); rows and columns are capped while reading. An observation that exists with another value
 * is revised (the old value kept); the seed loader keeps existing values instead ({@link #keepingExisting()}).
 */
@Component
@Order(20)
class ObservationDataset implements ImportDataset<List<ObservationDataset.Row>> {

    static final String DATASET = "observations";
    static final int MAX_NOTE = 500;
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);
    private static final Map<String, String> COLUMNS = columns();

    /** What to do with an observation that already exists with another value. */
    enum Existing { REVISE, KEEP }

    /** A validated row. */
    record Row(String indicator, ObservationPeriod period, String dimension, java.math.BigDecimal value, String note) {
    }

    /** How many observations were created, revised (the old value kept in the history) or unchanged. */
    record Counts(int created, int revised, int unchanged) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    private final IndicatorRepository indicators;
    private final ObservationWriter writer;
    private final int maxRows;
    private final int maxColumns;
    private final Existing existing;
    private final ImportTexts texts;

    @org.springframework.beans.factory.annotation.Autowired
    ObservationDataset(IndicatorRepository indicators, ObservationWriter writer, ImportTexts texts,
                       @Value("${almen.import.observations.max-rows:100000}") int maxRows,
                       @Value("${almen.import.observations.max-columns:50}") int maxColumns) {
        this(indicators, writer, texts, maxRows, maxColumns, Existing.REVISE);
    }

    private ObservationDataset(IndicatorRepository indicators, ObservationWriter writer, ImportTexts texts, int maxRows,
                               int maxColumns, Existing existing) {
        this.texts = texts;
        this.indicators = indicators;
        this.writer = writer;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
        this.existing = existing;
    }

    /** The same dataset, keeping existing values (for the seed figures, which must not revise what users imported). */
    ObservationDataset keepingExisting() {
        return new ObservationDataset(indicators, writer, texts, maxRows, maxColumns, Existing.KEEP);
    }

    @Override
    public String name() {
        return DATASET;
    }

    @Override
    public String labelKey() {
        return "indicator.import.title";
    }

    @Override
    public String formatHelpKey() {
        return "indicator.import.file.hint";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "observationer";
    }

    @Override
    public String importedKey() {
        return "indicator.import.ok";
    }

    @Override
    public ImportReference reference() {
        return new ImportReference("indicator.import.codes", List.of("indicator.import.col.code",
                "indicator.import.col.name", "indicator.import.col.unit", "indicator.import.col.dimensions"),
                indicators.findAll().stream().map(i -> java.util.Arrays.asList(i.code(), i.name(), i.unit(),
                        i.dimensions().isEmpty() ? "–" : String.join(", ", i.dimensions()))).toList());
    }

    @Override
    public ParsedImport<List<Row>> parse(ImportFile file) {
        BoundedProblems<ImportProblem> errors = BoundedProblems.errors(ImportProblem::file);
        BoundedProblems<String> warnings = BoundedProblems.warnings(text -> text);
        String encoding = null;
        List<Row> rows = new ArrayList<>();
        int dataRows = 0;
        try {
            ObservationCsv.Table table = ObservationCsv.read(texts, file.content(), maxRows, maxColumns);
            encoding = table.encoding();
            dataRows = validate(table, rows, errors, warnings, file.fileName());
        } catch (ObservationCsv.Unreadable e) {
            errors.add(new ImportProblem(e.row(), e.column(), e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors.list(), warnings.list(), "CSV", encoding, dataRows,
                    Map.of("observations", Counts.NONE));
        }
        return new ParsedImport<>(List.copyOf(rows), "CSV", encoding, dataRows, warnings.list());
    }

    @Override
    public LoadedImport load(ParsedImport<List<Row>> parsed, String user) {
        return new LoadedImport(Map.of("observations", writer.write(parsed.data(), user, existing)));
    }

    private int validate(ObservationCsv.Table table, List<Row> rows, BoundedProblems<ImportProblem> errors,
                         BoundedProblems<String> warnings, String fileName) {
        List<ObservationCsv.Row> all = table.rows();
        if (all.isEmpty()) {
            errors.add(texts.file("indicator.import.empty"));
            return 0;
        }
        Optional<ImportHeader> header = ImportHeader.read(all.get(0).cells(), COLUMNS,
                List.of("indikator", "periode", "vaerdi"), errors, warnings);
        if (header.isEmpty()) {
            return 0;
        }
        RowValidator validator = new RowValidator(texts, indicators.findAll(), header.get(), fileName);
        Set<String> seen = new HashSet<>();
        int dataRows = 0;
        for (ObservationCsv.Row raw : all.subList(1, all.size())) {
            if (raw.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            dataRows++;
            validator.validate(raw, errors, warnings).ifPresent(row -> {
                String key = row.indicator() + "|" + row.period().key() + "|" + row.dimension();
                if (!seen.add(key)) {
                    errors.add(texts.problem(raw.number(), header.get().name("periode"), "indicator.import.row.duplicate"));
                } else {
                    rows.add(row);
                }
            });
        }
        if (dataRows == 0) {
            errors.add(texts.file("indicator.import.noRows"));
        }
        return dataRows;
    }

    /** The accepted column names (lower case) and their keys, in the order of the format help. */
    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : List.of("indikator", "periode", "vaerdi", "dimension", "kilde")) {
            columns.put(name, name);
        }
        columns.put("værdi", "vaerdi");
        return Collections.unmodifiableMap(columns);
    }
}
