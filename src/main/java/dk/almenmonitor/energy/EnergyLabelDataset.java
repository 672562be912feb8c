package dk.almenmonitor.energy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.BulkCopyRepository;
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
 * The {@code energy-labels} dataset: Energistyrelsen's EMO extract as our CSV or as EMO JSON, possibly a national
 * register extract, so it is streamed ({@link #large()}): the parse only checks the format and the CSV header; the
 * load streams every label through validation into a staging table with {@code COPY}, refuses the whole file on any
 * error (nothing stays), then adds new labels and replaces changed ones by their serial identifier, creates the
 * departments the labels name, derives the yearly figures and publishes {@code energimaerke-e-g-andel}.
 */
@Component
@Order(62)
class EnergyLabelDataset implements ImportDataset<EnergyLabelDataset.Upload> {

    /** The uploaded file and its format, as the parse found it. */
    record Upload(ImportFile file, LabelFile.Format format) {
    }

    static final String DATASET = "energy-labels";
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);

    private final EnergyLabelRepository labels;
    private final BulkCopyRepository bulk;
    private final Departments departments;
    private final EnergyIndicators indicators;
    private final ImportTexts texts;
    private final int maxRows;

    EnergyLabelDataset(EnergyLabelRepository labels, BulkCopyRepository bulk, Departments departments,
                       EnergyIndicators indicators, ImportTexts texts,
                       @Value("${almen.import.energy-labels.max-rows:3000000}") int maxRows) {
        this.labels = labels;
        this.bulk = bulk;
        this.departments = departments;
        this.indicators = indicators;
        this.texts = texts;
        this.maxRows = maxRows;
    }

    @Override
    public String name() {
        return DATASET;
    }

    @Override
    public String labelKey() {
        return "energy.import.labels.title";
    }

    @Override
    public String formatHelpKey() {
        return "energy.import.labels.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "energimaerker";
    }

    @Override
    public boolean large() {
        return true;
    }

    @Override
    public ParsedImport<Upload> parse(ImportFile file) {
        LabelFile.Format format = LabelFile.detect(file);
        String encoding = format == LabelFile.Format.CSV ? LabelFile.checkCsvHeader(file, maxRows, texts) : "UTF-8";
        return new ParsedImport<>(new Upload(file, format), format.name(), encoding, 0, List.of());
    }

    @Override
    public LoadedImport load(ParsedImport<Upload> parsed, String user) {
        UUID importId = parsed.data().file().importId();
        labels.createStaging();
        BulkCopyRepository.Copy copy = bulk.into(EnergyLabelRepository.STAGING, EnergyLabelRepository.STAGING_COLUMNS);
        LabelFile.Read read;
        try {
            read = LabelFile.read(parsed.data().file(), parsed.data().format(), maxRows, texts, label -> copy.row(
                    label.row(), label.serialId(), label.classification().name(), label.givenAs(), label.validFrom(),
                    label.validTo(), label.status(), label.withdrawn(), label.postalCode(), label.bbrBuilding(),
                    label.organisationNo(), label.departmentNo()));
        } catch (RuntimeException e) {
            copy.cancel();
            throw e;
        }
        Map<String, Object> none = Map.of("labels", new EnergyLabelRepository.Counts(0, 0, 0));
        if (!read.errors().isEmpty()) {
            copy.cancel();
            throw read.rejection(none);
        }
        copy.finish();
        List<EnergyLabelRepository.Duplicate> duplicates = labels.duplicates(101);
        if (!duplicates.isEmpty()) {
            String column = read.format() == LabelFile.Format.CSV ? LabelRow.SERIAL : "EnergyLabelSerialIdentifier";
            List<ImportProblem> problems = new ArrayList<>();
            for (EnergyLabelRepository.Duplicate d : duplicates) {
                problems.add(texts.problem(d.row(), column, "imports.cell.duplicateKey", d.serialId(), d.firstRow()));
            }
            throw new ImportRejectedException(problems, read.warnings(), read.format().name(), read.encoding(),
                    read.rows(), none);
        }
        labels.stageDepartments();
        int createdDepartments = departments.ensureFrom(EnergyLabelRepository.STAGED_DEPARTMENTS, "organisation_no",
                "department_no");
        EnergyLabelRepository.Counts counts = labels.counts();
        boolean changed = counts.created() + counts.updated() > 0;
        if (changed) { // the same file again changes nothing, not even the record of loads
            labels.upsert(importId);
            labels.recordLoad(importId, user, read.format().name(), read.rows());
            labels.deriveYears();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("labels", counts);
        details.put("departmentsCreated", createdDepartments);
        details.put("observations", indicators.publishLabelShares(labels.years(), user));
        return new LoadedImport(details, read.warnings()).withRows(read.rows());
    }
}
