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
 * cut-off date per file, national scale. The file is streamed: each row is checked on a reading thread and copied
 * straight into {@code rent.dwelling} in the import's transaction, the cut-off's stored dwellings set aside to compare
 * with; a file with any bad row, or a key twice, is refused whole (the transaction rolls back, and so does a
 * connection lost mid-COPY). A good file replaces the cut-off's dwellings and derived figures, and publishes the
 * low-rent counts to the indicator; the same file again changes nothing.
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
        // About 50 bytes a row in a national extract: the array of key hashes is sized for the file from the start.
        RentFile rows = new RentFile(texts, (int) Math.min(maxRows, file.size() / 40),
                new RentBandCounts(bands.limits(), bands.threshold()));
        try (CsvTable table = CsvTable.open(file, RentFile.TABLE_COLUMNS, maxRows, MAX_COLUMNS, texts)) {
            int copied = copy(table, rows);
            Map<String, Object> none = Map.of();
            if (table.rows() == 0) {
                table.errors().add(texts.file("rent.import.noRows"));
            }
            if (!table.errors().isEmpty()) {
                throw table.rejection(none);
            }
            if (rows.mayHaveDuplicates()) {
                try (CsvTable again = CsvTable.open(file, RentFile.TABLE_COLUMNS, maxRows, MAX_COLUMNS, texts)) {
                    for (RentRepository.Duplicate d : rows.duplicates(again, BoundedProblems.LIMIT + 1)) {
                        table.errors().add(texts.problem(d.row(), "lejemaalsnr", "imports.cell.duplicateKey",
                                d.organisationNo() + "/" + d.departmentNo() + "/" + d.tenancyId(), d.firstRow()));
                    }
                }
            }
            if (!table.errors().isEmpty()) {
                throw table.rejection(none);
            }
            return new LoadedImport(store(rows, copied, file, user), table.warnings().list())
                    .withRows(table.rows());
        }
    }

    /**
     * Reads and checks every row on a thread of its own while the good ones are copied into {@code rent.dwelling};
     * the COPY starts with the first good row, which gives the cut-off, after that cut-off's stored dwellings were
     * set aside. The number of rows copied.
     */
    private int copy(CsvTable table, RentFile rows) {
        BulkCopyRepository.Copy[] copy = new BulkCopyRepository.Copy[1];
        try {
            RentFeed.run(table, rows, chunk -> {
                if (copy[0] == null) {
                    rents.setAside(rows.cutoff());
                    copy[0] = bulk.intoBinary(RentRepository.DWELLING, RentRepository.DWELLING_COLUMNS);
                }
                copy[0].send(chunk);
            });
            return copy[0] == null ? 0 : Math.toIntExact(copy[0].finish());
        } catch (RuntimeException e) {
            try {
                if (copy[0] != null) {
                    copy[0].cancel();
                }
            } catch (RuntimeException lost) { // the connection may be gone: the failure itself is what counts
                e.addSuppressed(lost);
            }
            throw e;
        }
    }

    private Map<String, Object> store(RentFile rows, int copied, ImportFile file, String user) {
        LocalDate cutoff = rows.cutoff();
        rents.createDepartments();
        BulkCopyRepository.Copy named = bulk.into(RentRepository.DEPARTMENTS, RentRepository.DEPARTMENTS_COLUMNS);
        rows.departments().forEach(key -> named.row((int) (key / 100_000), (int) (key % 100_000)));
        named.finish();
        int createdDepartments = departments.ensureFrom(RentRepository.DEPARTMENTS, "organisation_no", "department_no");
        RentRepository.Comparison comparison = rents.compare(cutoff, copied);
        var stored = rents.cutoff(cutoff);
        boolean same = comparison.changesNothing() && stored.isPresent()
                && stored.get().bandLimits().equals(bands.limits()) && stored.get().threshold() == bands.threshold();
        if (!same) {
            rents.storeDerived(cutoff, file.importId(), file.fileName(), user,
                    OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), rows.counts());
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
