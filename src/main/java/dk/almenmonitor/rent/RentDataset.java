package dk.almenmonitor.rent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.BoundedProblems;
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
 * The {@code rents} dataset: Landsbyggefonden's rent register extract in our normalised CSV (docs/domain.md §10), one
 * cut-off date per file, national scale. The file is streamed: each row is checked and copied into a staging table
 * in the import's transaction; a file with any bad row, or a key twice, is refused whole (the transaction rolls back,
 * and so does a connection lost mid-COPY). A good file replaces the cut-off's dwellings and derived figures, and
 * publishes the low-rent counts to the indicator; the same file again changes nothing.
 */
@Component
@Order(40)
class RentDataset implements ImportDataset<ImportFile> {

    static final String DATASET = "rents";
    static final int MAX_COLUMNS = 50;
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);

    private final RentRepository rents;
    private final BulkCopyRepository bulk;
    private final ImportTexts texts;
    private final RentBands bands;
    private final LowRentPublisher publisher;
    private final Departments departments;
    private final int maxRows;

    RentDataset(RentRepository rents, BulkCopyRepository bulk, ImportTexts texts, RentBands bands,
                LowRentPublisher publisher, Departments departments, @Value("${almen.import.rents.max-rows:2000000}") int maxRows) {
        this.rents = rents;
        this.bulk = bulk;
        this.texts = texts;
        this.bands = bands;
        this.publisher = publisher;
        this.departments = departments;
        this.maxRows = maxRows;
    }

    @Override
    public String name() {
        return DATASET;
    }

    @Override
    public String labelKey() {
        return "rent.import.title";
    }

    @Override
    public String formatHelpKey() {
        return "rent.import.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "husleje";
    }

    @Override
    public boolean large() {
        return true;
    }

    /**
     * Only what is cheap before the load streams the rows: the encoding and the header (a required column missing
     * refuses the file here). The header's warnings come with the load, which reads it again.
     */
    @Override
    public ParsedImport<ImportFile> parse(ImportFile file) {
        try (CsvTable table = CsvTable.open(file, RentFile.TABLE_COLUMNS, maxRows, MAX_COLUMNS, texts)) {
            return new ParsedImport<>(file, "CSV", table.encoding(), 0, List.of());
        }
    }

    @Override
    public LoadedImport load(ParsedImport<ImportFile> parsed, String user) {
        ImportFile file = parsed.data();
        rents.createStaging();
        RentFile rows = new RentFile(texts);
        try (CsvTable table = CsvTable.open(file, RentFile.TABLE_COLUMNS, maxRows, MAX_COLUMNS, texts)) {
            BulkCopyRepository.Copy copy = bulk.into(RentRepository.STAGING, RentRepository.STAGING_COLUMNS);
            try {
                while (table.next()) {
                    rows.copy(table.row(), copy);
                }
                copy.finish();
            } catch (RuntimeException e) {
                try {
                    copy.cancel();
                } catch (RuntimeException lost) { // the connection may be gone: the failure itself is what counts
                    e.addSuppressed(lost);
                }
                throw e;
            }
            Map<String, Object> none = Map.of();
            if (table.rows() == 0) {
                table.errors().add(texts.file("rent.import.noRows"));
            }
            if (!table.errors().isEmpty()) {
                throw table.rejection(none);
            }
            for (RentRepository.Duplicate d : rents.duplicates(BoundedProblems.LIMIT + 1)) {
                table.errors().add(texts.problem(d.row(), "lejemaalsnr", "imports.cell.duplicateKey",
                        d.organisationNo() + "/" + d.departmentNo() + "/" + d.tenancyId(), d.firstRow()));
            }
            if (!table.errors().isEmpty()) {
                throw table.rejection(none);
            }
            return new LoadedImport(store(rows.cutoff(), file, user), table.warnings().list())
                    .withRows(table.rows());
        }
    }

    private Map<String, Object> store(LocalDate cutoff, ImportFile file, String user) {
        int createdDepartments = departments.ensureFrom(RentRepository.STAGING, "organisation_no", "department_no");
        RentRepository.Comparison comparison = rents.compare(cutoff);
        var stored = rents.cutoff(cutoff);
        boolean same = comparison.changesNothing() && stored.isPresent()
                && stored.get().bandLimits().equals(bands.limits()) && stored.get().threshold() == bands.threshold();
        if (!comparison.changesNothing()) {
            rents.replaceDwellings(cutoff);
        }
        if (!same) {
            rents.derive(cutoff, file.importId(), file.fileName(), user,
                    OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), bands.limits(), bands.threshold());
        }
        RentRepository.CutoffRecord record = rents.cutoff(cutoff).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cutoff", cutoff.toString());
        details.put("dwellings", ordered("created", comparison.created(), "updated", comparison.updated(),
                "unchanged", comparison.unchanged(), "removed", comparison.removed()));
        details.put("lowRent", ordered("thresholdDkk", record.threshold(), "family", record.family(),
                "youth", record.youth(), "elderly", record.elderly()));
        details.put("observations", publisher.publish(record, user));
        details.put("departmentsCreated", createdDepartments);
        details.put("dataImportId", record.importId().toString());
        return details;
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
