package dk.almenmonitor.opcost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.imports.BulkCopyRepository;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.indicator.DerivedObservations;
import org.springframework.stereotype.Component;

/**
 * The load of an operating-cost file, in the import's transaction: every row validated and copied into the staging
 * table as it is read (nothing but the current row held), then — if no row had an error — duplicate keys checked on
 * the staging table, missing departments created in the spine, the file's years replaced and the benchmark derived.
 * Any error throws the refusal, and the transaction takes the staged rows and every change with it.
 */
@Component
class OperatingCostLoad {

    private static final int MAX_NUMBER = 99_999;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private final OperatingCostRepository repository;
    private final BulkCopyRepository bulk;
    private final Departments departments;
    private final OperatingCostIndicator indicator;

    OperatingCostLoad(OperatingCostRepository repository, BulkCopyRepository bulk, Departments departments,
                      OperatingCostIndicator indicator) {
        this.repository = repository;
        this.bulk = bulk;
        this.departments = departments;
        this.indicator = indicator;
    }

    LoadedImport load(ImportFile file, OperatingCostDataset dataset, String user) {
        repository.createStaging();
        BulkCopyRepository.Copy copy = bulk.into(OperatingCostRepository.STAGING,
                OperatingCostRepository.STAGING_COLUMNS);
        try (CsvTable table = dataset.open(file)) {
            while (table.next()) {
                Object[] row = row(table.row());
                if (row != null && table.errors().isEmpty()) {
                    copy.row(row);
                }
            }
            copy.finish();
            if (!table.errors().isEmpty()) {
                throw table.rejection(java.util.Map.of());
            }
            if (table.rows() == 0) {
                throw OperatingCostDataset.rejected(table,
                        List.of(dataset.texts().file("opcost.import.noRows")));
            }
            List<ImportProblem> duplicates = new ArrayList<>();
            for (OperatingCostRepository.Duplicate d : repository.duplicates(101)) {
                duplicates.add(dataset.texts().problem(d.row(), OperatingCostDataset.DEPARTMENT,
                        "imports.cell.duplicateKey", d.year() + "/" + d.organisationNo() + "-" + d.departmentNo(),
                        d.firstRow()));
            }
            if (!duplicates.isEmpty()) {
                throw OperatingCostDataset.rejected(table, duplicates);
            }
            int created = departments.ensureFrom(OperatingCostRepository.STAGING, "organisation_no", "department_no");
            List<Integer> years = repository.stagedYears();
            OperatingCostRepository.Counts counts = repository.compare();
            List<Integer> replaced = repository.replaceChangedYears(file.importId(), file.fileName());
            repository.derive();
            DerivedObservations.Counts observations = indicator.publish(years, user);
            return new LoadedImport(OperatingCostDataset.details(years, counts, created, replaced, observations))
                    .withRows(table.rows());
        } catch (RuntimeException e) {
            copy.cancel();
            throw e;
        }
    }

    /** The row's values for the staging table, or null when a cell is wrong (the error is then recorded). */
    private static Object[] row(CsvTable.Row r) {
        int errors = 0;
        Long organisation = number(r, OperatingCostDataset.ORGANISATION, 1, MAX_NUMBER);
        Long department = number(r, OperatingCostDataset.DEPARTMENT, 0, MAX_NUMBER);
        Long year = number(r, OperatingCostDataset.YEAR, FIRST_YEAR, LAST_YEAR);
        Object[] values = new Object[OperatingCostRepository.STAGING_COLUMNS.length];
        values[0] = r.number();
        values[1] = year;
        values[2] = organisation;
        values[3] = department;
        int i = 4;
        for (CostMeasure category : CostMeasure.CATEGORIES) {
            BigDecimal amount = r.decimal(category.fileColumn(), true);
            if (amount != null && !OperatingCostDataset.amountInRange(amount)) {
                r.error(category.fileColumn(), "imports.cell.outOfRange", amount.toPlainString(),
                        "0 – 1.000.000.000.000");
                amount = null;
            }
            values[i++] = amount;
        }
        BigDecimal area = r.decimal(OperatingCostDataset.AREA, true);
        if (area != null && (area.signum() <= 0 || area.compareTo(OperatingCostDataset.MAX_AREA) > 0)) {
            r.error(OperatingCostDataset.AREA, "imports.cell.outOfRange", area.toPlainString(),
                    "> 0 – 100.000.000");
            area = null;
        }
        values[i] = area;
        for (Object value : values) {
            if (value == null) {
                errors++;
            }
        }
        return errors == 0 ? values : null;
    }

    private static Long number(CsvTable.Row r, String key, long min, long max) {
        Long value = r.integer(key, true);
        if (value != null && (value < min || value > max)) {
            r.error(key, "imports.cell.outOfRange", String.valueOf(value), min + " – " + max);
            return null;
        }
        return value;
    }
}
