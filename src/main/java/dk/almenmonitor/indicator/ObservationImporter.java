package dk.almenmonitor.indicator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.almenmonitor.indicator.ObservationImportReport.Counts;
import dk.almenmonitor.indicator.ObservationImportReport.ImportError;
import dk.almenmonitor.indicator.ObservationImportReport.ImportStatus;
import dk.almenmonitor.shared.BoundedProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the {@code observations} dataset ({@code indikator;periode;vaerdi;dimension;kilde}, DOMAIN.md §3): every
 * row is validated first and the file lands whole or not at all. Column order is free, unknown columns are reported
 * as warnings, rows whose value is missing ({@code ..}, {@code -}, empty) are skipped with a warning. Errors and
 * warnings are bounded ({@link BoundedProblems}); rows and columns are capped while reading; the data and the report
 * of an imported file are written in one transaction.
 */
@Service
class ObservationImporter {

    static final String DATASET = "observations";
    static final int MAX_NOTE = 500;
    private static final Logger log = LoggerFactory.getLogger(ObservationImporter.class);
    private static final Map<String, String> COLUMNS = Map.of("indikator", "indikator", "periode", "periode",
            "vaerdi", "vaerdi", "værdi", "vaerdi", "dimension", "dimension", "kilde", "kilde");

    /** What to do with an observation that already exists with another value. */
    enum Existing { REVISE, KEEP }

    /** A validated row. */
    record Row(String indicator, ObservationPeriod period, String dimension, java.math.BigDecimal value, String note) {
    }

    private final IndicatorRepository indicators;
    private final ObservationWriter writer;
    private final ObservationImportReportRepository reports;
    private final TransactionTemplate transactions;
    private final int maxRows;
    private final int maxColumns;

    ObservationImporter(IndicatorRepository indicators, ObservationWriter writer,
                        ObservationImportReportRepository reports, TransactionTemplate transactions,
                        @Value("${almen.import.observations.max-rows:100000}") int maxRows,
                        @Value("${almen.import.observations.max-columns:50}") int maxColumns) {
        this.indicators = indicators;
        this.writer = writer;
        this.reports = reports;
        this.transactions = transactions;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    ObservationImportReport importFile(byte[] content, String fileName, String user, Existing existing) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String safeName = safeFileName(fileName);
        BoundedProblems<ImportError> errors = BoundedProblems.errors(text -> new ImportError(null, null, text));
        BoundedProblems<String> warnings = BoundedProblems.warnings(text -> text);
        String encoding = null;
        List<Row> rows = new ArrayList<>();
        int dataRows = 0;
        if (content == null || content.length == 0) {
            errors.add(new ImportError(null, null, "Filen er tom."));
        } else {
            try {
                ObservationCsv.Table table = ObservationCsv.read(content, maxRows, maxColumns);
                encoding = table.encoding();
                dataRows = validate(table, rows, errors, warnings, safeName);
            } catch (ObservationCsv.Unreadable e) {
                errors.add(new ImportError(e.row(), e.column(), e.getMessage()));
            }
        }
        ObservationImportReport report;
        if (errors.isEmpty()) {
            String readEncoding = encoding;
            int readRows = dataRows;
            report = transactions.execute(tx -> {
                Counts counts = writer.write(rows, user, now, existing);
                ObservationImportReport imported = new ObservationImportReport(id, DATASET, ImportStatus.IMPORTED,
                        safeName, "CSV", readEncoding, readRows, counts, List.of(), warnings.list(), user, now);
                reports.save(imported);
                return imported;
            });
            log.info("Imported observations {}: {}", id, report.observations());
        } else {
            report = new ObservationImportReport(id, DATASET, ImportStatus.REJECTED, safeName, "CSV", encoding, dataRows,
                    Counts.NONE, errors.list(), warnings.list(), user, now);
            log.info("Rejected observations {}: {} problem(s)", id, errors.count());
            reports.save(report);
        }
        return report;
    }

    Optional<ObservationImportReport> report(UUID id) {
        return reports.find(id);
    }

    private int validate(ObservationCsv.Table table, List<Row> rows, BoundedProblems<ImportError> errors,
                         BoundedProblems<String> warnings, String fileName) {
        List<ObservationCsv.Row> all = table.rows();
        if (all.isEmpty()) {
            errors.add(new ImportError(null, null, "Filen er tom."));
            return 0;
        }
        Map<String, Integer> columns = new HashMap<>();
        Map<String, String> headerNames = new HashMap<>();
        List<String> header = all.get(0).cells();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip().toLowerCase(java.util.Locale.ROOT);
            String key = COLUMNS.get(name);
            if (key == null) {
                if (!name.isEmpty()) {
                    warnings.add("Ukendt kolonne „" + BoundedProblems.excerpt(header.get(c).strip()) + "“ (kolonne "
                            + (c + 1) + ") ignoreres.");
                }
            } else if (columns.putIfAbsent(key, c) != null) {
                errors.add(new ImportError(1, BoundedProblems.excerpt(header.get(c).strip()), "Kolonnen står to gange."));
            } else {
                headerNames.put(key, header.get(c).strip());
            }
        }
        for (String required : List.of("indikator", "periode", "vaerdi")) {
            if (!columns.containsKey(required)) {
                errors.add(new ImportError(1, required, "Kolonnen „" + required + "“ mangler i overskriftsrækken "
                        + "(indikator;periode;vaerdi;dimension;kilde)."));
            }
        }
        if (!errors.isEmpty()) {
            return 0;
        }
        RowValidator validator = new RowValidator(indicators.findAll(), columns, headerNames, fileName);
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
                    errors.add(new ImportError(raw.number(), headerNames.get("periode"),
                            "Samme indikator, periode og dimension står også i en tidligere række."));
                } else {
                    rows.add(row);
                }
            });
        }
        if (dataRows == 0) {
            errors.add(new ImportError(null, null, "Filen har ingen datarækker."));
        }
        return dataRows;
    }

    /** File names end up in reports and pages; keep printable characters only and cap the length. */
    static String safeFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replaceAll("\\p{Cntrl}", "").replaceAll(".*[/\\\\]", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
