package dk.almenmonitor.energy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.BulkCopyRepository;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code heat} dataset ({@code organisationsnr;afdelingsnr;aar;mwh;opvarmet_areal_m2}, one row per department and
 * year, district-heating meter data): streamed like a register extract. The load validates every row into a staging
 * table with {@code COPY}, refuses the whole file on any error, replaces the stored heat of the years the file holds,
 * creates missing departments, and derives the figures of those years ({@link HeatDerivation}).
 */
@Component
@Order(63)
class HeatDataset implements ImportDataset<ImportFile> {

    static final String DATASET = "heat";
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);
    static final CsvTable.Columns COLUMNS = CsvTable.Columns.of(
            List.of("organisationsnr", "afdelingsnr", "aar", "mwh", "opvarmet_areal_m2"),
            List.of("organisationsnr", "afdelingsnr", "aar", "mwh", "opvarmet_areal_m2")).alias("år", "aar");
    private static final BigDecimal MAX_MWH = new BigDecimal("10000000");
    private static final BigDecimal MAX_AREA = new BigDecimal("10000000");

    private final HeatRepository heat;
    private final BulkCopyRepository bulk;
    private final Departments departments;
    private final HeatDerivation derivation;
    private final ImportTexts texts;
    private final int maxRows;

    HeatDataset(HeatRepository heat, BulkCopyRepository bulk, Departments departments, HeatDerivation derivation,
                ImportTexts texts, @Value("${almen.import.heat.max-rows:1000000}") int maxRows) {
        this.heat = heat;
        this.bulk = bulk;
        this.departments = departments;
        this.derivation = derivation;
        this.texts = texts;
        this.maxRows = maxRows;
    }

    @Override
    public String name() {
        return DATASET;
    }

    @Override
    public String labelKey() {
        return "energy.import.heat.title";
    }

    @Override
    public String formatHelpKey() {
        return "energy.import.heat.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "varme";
    }

    @Override
    public boolean large() {
        return true;
    }

    @Override
    public ParsedImport<ImportFile> parse(ImportFile file) {
        try (CsvTable table = CsvTable.open(file, COLUMNS, maxRows, 30, texts)) {
            return new ParsedImport<>(file, "CSV", table.encoding(), 0, List.of());
        }
    }

    @Override
    public LoadedImport load(ParsedImport<ImportFile> parsed, String user) {
        UUID importId = parsed.data().importId();
        Map<String, Object> none = Map.of("heat", new HeatRepository.Counts(0, 0, 0, 0));
        heat.createStaging();
        BulkCopyRepository.Copy copy = bulk.into(HeatRepository.STAGING, HeatRepository.STAGING_COLUMNS);
        try (CsvTable table = CsvTable.open(parsed.data(), COLUMNS, maxRows, 30, texts)) {
            try {
                while (table.next()) {
                    CsvTable.Row r = table.row();
                    Long organisation = bounded(r, "organisationsnr", 1, 99_999);
                    Long department = bounded(r, "afdelingsnr", 0, 99_999);
                    Long year = bounded(r, "aar", 1990, 2100);
                    BigDecimal mwh = decimal(r, "mwh", BigDecimal.ZERO, true, MAX_MWH);
                    BigDecimal area = decimal(r, "opvarmet_areal_m2", BigDecimal.ONE, true, MAX_AREA);
                    if (organisation != null && department != null && year != null && mwh != null && area != null) {
                        copy.row(r.number(), organisation, department, year, mwh, area);
                    }
                }
            } catch (RuntimeException e) {
                copy.cancel();
                throw e;
            }
            if (!table.errors().isEmpty()) {
                copy.cancel();
                throw table.rejection(none);
            }
            copy.finish();
            List<HeatRepository.Duplicate> duplicates = heat.duplicates(101);
            if (!duplicates.isEmpty()) {
                List<ImportProblem> problems = new ArrayList<>();
                for (HeatRepository.Duplicate d : duplicates) {
                    problems.add(texts.problem(d.row(), "afdelingsnr", "imports.cell.duplicateKey",
                            d.organisationNo() + "/" + d.departmentNo() + " " + d.year(), d.firstRow()));
                }
                throw new ImportRejectedException(problems, table.warnings().list(), "CSV", table.encoding(),
                        table.rows(), none);
            }
            if (table.rows() == 0) {
                throw new ImportRejectedException(List.of(texts.file("energy.import.noRows")),
                        table.warnings().list(), "CSV", table.encoding(), 0, none);
            }
            int createdDepartments = departments.ensureFrom(HeatRepository.STAGING, "organisation_no", "department_no");
            HeatRepository.Counts counts = heat.counts();
            List<Integer> years = heat.stagedYears();
            heat.replaceStagedYears(importId, counts);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("heat", counts);
            details.put("years", years);
            details.put("departmentsCreated", createdDepartments);
            details.put("observations", derivation.derive(years, user));
            return new LoadedImport(details, table.warnings().list()).withRows(table.rows());
        }
    }

    static Long bounded(CsvTable.Row r, String key, long min, long max) {
        Long value = r.integer(key, true);
        if (value != null && (value < min || value > max)) {
            r.error(key, "imports.cell.outOfRange", r.text(key), min + "–" + max);
            return null;
        }
        return value;
    }

    /** A required decimal in (min, max] or [min, max] when {@code minIncluded}. */
    static BigDecimal decimal(CsvTable.Row r, String key, BigDecimal min, boolean minIncluded, BigDecimal max) {
        BigDecimal value = r.decimal(key, true);
        if (value == null) {
            return null;
        }
        int low = value.compareTo(min);
        if (low < 0 || (low == 0 && !minIncluded) || value.compareTo(max) > 0) {
            r.error(key, "imports.cell.outOfRange", r.text(key), (minIncluded ? "" : "> ") + min + "–" + max);
            return null;
        }
        return value;
    }
}
