package dk.almenmonitor.housing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.BulkCopyRepository;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code departments} dataset: housing organisations and their departments (docs/domain.md "Housing
 * organisations and departments"). Streamed through a staging table; a department already in the spine is updated,
 * one not in the file is kept (other datasets may refer to it).
 */
@Component
@Order(30)
class DepartmentDataset implements ImportDataset<ImportFile> {

    static final List<String> COLUMNS = List.of("organisationsnr", "organisationsnavn", "afdelingsnr", "afdelingsnavn",
            "postnr", "opfoerelsesaar", "boliger", "opvarmet_areal_m2", "organisationskode");
    private static final List<String> REQUIRED = List.of("organisationsnr", "afdelingsnr");

    private final DepartmentRepository departments;
    private final BulkCopyRepository bulk;
    private final ImportTexts texts;
    private final int maxRows;

    DepartmentDataset(DepartmentRepository departments, BulkCopyRepository bulk, ImportTexts texts,
                      @Value("${almen.import.departments.max-rows:200000}") int maxRows) {
        this.departments = departments;
        this.bulk = bulk;
        this.texts = texts;
        this.maxRows = maxRows;
    }

    @Override
    public String name() {
        return "departments";
    }

    @Override
    public String labelKey() {
        return "housing.departments.label";
    }

    @Override
    public String formatHelpKey() {
        return "housing.departments.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return role == Role.ADMIN || role == Role.DATA_STEWARD;
    }

    @Override
    public String pageName() {
        return "afdelinger";
    }

    @Override
    public ParsedImport<ImportFile> parse(ImportFile file) {
        return new ParsedImport<>(file, "CSV", null, 0, List.of());
    }

    @Override
    public LoadedImport load(ParsedImport<ImportFile> parsed, String user) {
        departments.createStaging();
        try (CsvTable table = CsvTable.open(parsed.data(), CsvTable.Columns.of(COLUMNS, REQUIRED)
                .alias("organisationsnummer", "organisationsnr").alias("afdelingsnummer", "afdelingsnr"),
                maxRows, 50, texts)) {
            BulkCopyRepository.Copy copy = bulk.into("departments_staging", "file_row", "organisation_no",
                    "organisation_name", "department_no", "name", "postal_code", "year_built", "dwellings",
                    "heated_area_m2", "account_code");
            while (table.next()) {
                CsvTable.Row row = table.row();
                int before = table.errors().count();
                Long organisation = within(row, "organisationsnr", row.integer("organisationsnr", true), 1, 99_999);
                Long department = within(row, "afdelingsnr", row.integer("afdelingsnr", true), 0, 99_999);
                Long postal = within(row, "postnr", row.integer("postnr", false), 1000, 9999);
                Long built = within(row, "opfoerelsesaar", row.integer("opfoerelsesaar", false), 1600, 2100);
                Long dwellings = within(row, "boliger", row.integer("boliger", false), 0, 100_000);
                BigDecimal area = row.decimal("opvarmet_areal_m2", false);
                if (area != null && (area.signum() < 0 || area.compareTo(BigDecimal.valueOf(10_000_000)) > 0)) {
                    row.error("opvarmet_areal_m2", "imports.cell.outOfRange", area.toPlainString(), "0–10.000.000");
                }
                String organisationName = bounded(row, "organisationsnavn", 200);
                String name = bounded(row, "afdelingsnavn", 200);
                String code = bounded(row, "organisationskode", 40);
                if (table.errors().count() == before) {
                    copy.row(row.number(), organisation, organisationName, department, name, postal, built, dwellings,
                            area, code);
                }
            }
            copy.finish();
            if (table.rows() == 0) {
                table.errors().add(texts.file("housing.import.noRows"));
            }
            for (int[] duplicate : departments.duplicates()) {
                table.errors().add(texts.problem(duplicate[0], "afdelingsnr", "imports.cell.duplicateKey",
                        duplicate[2] + "-" + duplicate[3], duplicate[1]));
            }
            for (int[] conflict : departments.conflictingOrganisationNames()) {
                table.errors().add(texts.problem(conflict[0], "organisationsnavn",
                        "housing.departments.conflictingName", conflict[1]));
            }
            if (!table.errors().isEmpty()) {
                throw table.rejection(Map.of());
            }
            int[] counts = departments.mergeStaging();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("departments", Map.of("created", counts[0], "updated", counts[1], "unchanged", counts[2]));
            return new LoadedImport(details, table.warnings().list()).withRows(table.rows()).withEncoding(table.encoding());
        }
    }

    private static Long within(CsvTable.Row row, String key, Long value, long min, long max) {
        if (value != null && (value < min || value > max)) {
            row.error(key, "imports.cell.outOfRange", value, min + "–" + max);
            return null;
        }
        return value;
    }

    private static String bounded(CsvTable.Row row, String key, int max) {
        String text = row.text(key);
        if (text != null && text.length() > max) {
            row.error(key, "housing.import.tooLong", max);
            return null;
        }
        return text;
    }
}
