package dk.almenmonitor.opcost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import dk.almenmonitor.indicator.DerivedObservations;
import dk.almenmonitor.imports.CsvTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code operating-costs} dataset (docs/domain.md §15: {@code organisationsnr;afdelingsnr;aar;administration_kr;
 * vedligehold_fornyelse_kr;renholdelse_kr;forbrug_kr;oevrige_kr;areal_m2}, yearly kroner per department). The parse
 * reads the header only; the load streams the file row by row into a staging table through COPY, validating every
 * cell, then checks duplicate keys, replaces the years the file holds and derives the benchmark
 * ({@link OperatingCostLoad}). A file with any error lands not at all.
 */
@Component
@Order(110)
class OperatingCostDataset implements ImportDataset<ImportFile> {

    static final String DATASET = "operating-costs";
    static final String ORGANISATION = "organisationsnr";
    static final String DEPARTMENT = "afdelingsnr";
    static final String YEAR = "aar";
    static final String AREA = "areal_m2";
    static final CsvTable.Columns COLUMNS = columns();
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);

    private final OperatingCostLoad load;
    private final ImportTexts texts;
    private final int maxRows;
    private final int maxColumns;

    OperatingCostDataset(OperatingCostLoad load, ImportTexts texts,
                         @Value("${almen.import.operating-costs.max-rows:500000}") int maxRows,
                         @Value("${almen.import.operating-costs.max-columns:40}") int maxColumns) {
        this.load = load;
        this.texts = texts;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    @Override
    public String name() {
        return DATASET;
    }

    @Override
    public String labelKey() {
        return "opcost.import.title";
    }

    @Override
    public String formatHelpKey() {
        return "opcost.import.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "driftsudgifter";
    }

    @Override
    public String importedKey() {
        return "opcost.import.ok";
    }

    /** Only the header: the encoding, a missing column (refused here), unknown columns (warned about). */
    @Override
    public ParsedImport<ImportFile> parse(ImportFile file) {
        try (CsvTable table = open(file)) {
            return new ParsedImport<>(file, "CSV", table.encoding(), 0, table.warnings().list());
        }
    }

    @Override
    public LoadedImport load(ParsedImport<ImportFile> parsed, String user) {
        return load.load(parsed.data(), this, user);
    }

    CsvTable open(ImportFile file) {
        return CsvTable.open(file, COLUMNS, maxRows, maxColumns, texts);
    }

    ImportTexts texts() {
        return texts;
    }

    private static CsvTable.Columns columns() {
        List<String> keys = new ArrayList<>(List.of(ORGANISATION, DEPARTMENT, YEAR));
        CostMeasure.CATEGORIES.forEach(c -> keys.add(c.fileColumn()));
        keys.add(AREA);
        return CsvTable.Columns.of(keys, keys);
    }

    /** The refusal of a file whose rows are all readable but break a rule found only after the last row. */
    static ImportRejectedException rejected(CsvTable table, List<ImportProblem> problems) {
        List<ImportProblem> all = new ArrayList<>(table.errorList());
        all.addAll(problems);
        return new ImportRejectedException(all, table.warnings().list(), "CSV", table.encoding(), table.rows(),
                Map.of());
    }

    /** The report's facts: the years, the rows against what was stored, the departments created in the spine. */
    static Map<String, Object> details(List<Integer> years, OperatingCostRepository.Counts counts, int departments,
                                       List<Integer> replaced, DerivedObservations.Counts observations) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("years", years);
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("created", counts.created());
        rows.put("updated", counts.updated());
        rows.put("unchanged", counts.unchanged());
        rows.put("removed", counts.removed());
        details.put("departments", rows);
        details.put("yearsReplaced", replaced);
        details.put("spineDepartmentsCreated", departments);
        details.put("observations", observations);
        return details;
    }

    /** Whether a non-negative amount is within what the tables hold. */
    static boolean amountInRange(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(MAX_AMOUNT) <= 0;
    }

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    static final BigDecimal MAX_AREA = new BigDecimal("100000000");
}
