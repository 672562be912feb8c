package dk.almenmonitor.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one import: the upload limits, the dataset's parse (whole file validated, nothing written), then its load and
 * the import record in one transaction. A rejected file stores only its record. Access is the callers' concern
 * ({@code ImportAccess} for the API and the page; seed loaders import as "system").
 */
@Service
public class ImportPipeline {

    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);

    private final UploadLimits limits;
    private final ImportRecordRepository records;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ImportDatasets datasets;
    private final ImportMetrics metrics;

    ImportPipeline(UploadLimits limits, ImportRecordRepository records, TransactionTemplate transactions,
                   JsonMapper json, ImportDatasets datasets, ImportMetrics metrics) {
        this.datasets = datasets;
        this.metrics = metrics;
        this.limits = limits;
        this.records = records;
        this.transactions = transactions;
        this.json = json;
    }

    /** Imports the file into the dataset; the report says what happened and is stored either way. */
    public <P> ImportReport importFile(ImportDataset<P> dataset, byte[] content, String fileName,
                                       Map<String, String> parameters, String user) {
        return importFile(dataset, new ByteArrayInputStream(content == null ? new byte[0] : content), fileName,
                parameters, user);
    }

    /**
     * Imports an upload streamed from {@code upload} (the caller closes it): it is spooled to a temporary file within
     * the dataset's upload limit, checked, parsed and loaded; the report says what happened and is stored either way.
     */
    public <P> ImportReport importFile(ImportDataset<P> dataset, InputStream upload, String fileName,
                                       Map<String, String> parameters, String user) {
        UUID id = UUID.randomUUID();
        // Microseconds, as PostgreSQL keeps them: the report answered now equals the one read back later.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String safeName = safeFileName(fileName);
        UploadLimits.Spooled spooled = null;
        Timer.Sample timing = metrics.start();
        ImportReport report = null;
        try {
            spooled = spool(upload, limits.limitFor(dataset));
            report = importSpooled(dataset, spooled, id, now, safeName, parameters, user);
            return report;
        } catch (ImportRejectedException e) {
            report = reject(dataset, e, id, now, safeName, spooled == null ? null : spooled.sha256(), user);
            return report;
        } finally {
            metrics.record(timing, dataset.name(), report);
            if (spooled != null) {
                delete(spooled.path());
            }
        }
    }

    /**
     * Imports synthetic demo data (the {@code synthetic} module's files): as {@link #importFile}, with
     * {@code "synthetic": true} in the report, and without indicator observations ({@link CurrentImport}).
     */
    public <P> ImportReport importSynthetic(ImportDataset<P> dataset, InputStream upload, String fileName,
                                            Map<String, String> parameters, String user) {
        ImportReport[] report = new ImportReport[1];
        CurrentImport.runSynthetic(() -> report[0] = importFile(dataset, upload, fileName, parameters, user));
        return report[0];
    }

    /** The dataset of this name, if a module contributes it. */
    public Optional<ImportDataset<?>> dataset(String name) {
        return datasets.find(name);
    }

    /** A stored import report. */
    public Optional<ImportReport> find(UUID id) {
        return records.find(id);
    }

    /** The newest import of the dataset that was imported (not rejected). */
    public Optional<ImportReport> latestImported(String dataset) {
        return records.latest(dataset, 50).stream().filter(ImportReport::imported).findFirst();
    }

    private <P> ImportReport importSpooled(ImportDataset<P> dataset, UploadLimits.Spooled spooled, UUID id,
                                           OffsetDateTime now, String safeName, Map<String, String> parameters,
                                           String user) {
        try {
            if (UploadLimits.isZip(spooled.path())) {
                limits.checkZip(spooled.path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = spooled.sha256();
        ImportFile file = new ImportFile(spooled.path(), spooled.size(), dataset.large(), safeName, parameters, id);
        try {
            ParsedImport<P> parsed = dataset.parse(file);
            ImportReport report;
            try {
                report = transactions.execute(tx -> {
                    records.lockDataset(dataset.name());
                    LoadedImport loaded = dataset.load(parsed, user);
                    List<String> warnings = new ArrayList<>(parsed.warnings());
                    warnings.addAll(loaded.warnings());
                    int rows = loaded.rows() != null ? loaded.rows() : parsed.rows();
                    Map<String, Object> details = new LinkedHashMap<>(loaded.details());
                    if (CurrentImport.synthetic()) {
                        details.put(ImportReport.SYNTHETIC, true);
                    }
                    ImportReport imported = new ImportReport(id, dataset.name(), ImportStatus.IMPORTED, safeName,
                            parsed.format(), loaded.encoding() != null ? loaded.encoding() : parsed.encoding(), sha256,
                            rows, List.of(),
                            capped(warnings, "imports.bounded.warnings", w -> w), user, now, plain(details));
                    records.save(imported);
                    return imported;
                });
            } catch (ImportRejectedException e) {
                throw e.orElse(parsed.format(), parsed.encoding(), parsed.rows(), Map.of());
            }
            log.info("Imported {} {}: {} rows, {}", dataset.name(), id, report.rows(), report.details());
            return report;
        } catch (ImportRejectedException e) {
            return reject(dataset, e, id, now, safeName, sha256, user);
        }
    }

    private ImportReport reject(ImportDataset<?> dataset, ImportRejectedException e, UUID id, OffsetDateTime now,
                                String safeName, String sha256, String user) {
        ImportReport rejected = new ImportReport(id, dataset.name(), ImportStatus.REJECTED, safeName, e.format(),
                e.encoding(), sha256, e.rows(), capped(e.problems(), "imports.bounded.errors", ImportProblem::file),
                capped(e.warnings(), "imports.bounded.warnings", w -> w), user, now, plain(e.details()));
        records.save(rejected);
        log.info("Rejected {} {}: {} problem(s)", dataset.name(), id, e.problems().size());
        return rejected;
    }

    private UploadLimits.Spooled spool(InputStream upload, long limit) {
        try {
            return limits.spool(upload, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete the spooled upload {}: {}", path, e.getMessage());
        }
    }

    /** The details as JSON sees them (records become maps), the same whether just made or read back. */
    private Map<String, Object> plain(Map<String, Object> details) {
        Map<String, Object> plain = new LinkedHashMap<>();
        details.forEach((name, value) -> plain.put(name, value == null ? null : json.convertValue(value, Object.class)));
        return Collections.unmodifiableMap(plain);
    }

    Optional<ImportReport> report(UUID id) {
        return records.find(id);
    }

    List<ImportReport> latest(String dataset, int limit) {
        return records.latest(dataset, limit);
    }

    /** A second cap behind the datasets' own: a list over 100 + 1 entries keeps 100 and counts the rest. */
    private static <T> List<T> capped(List<T> list, String summaryKey, java.util.function.Function<String, T> summary) {
        if (list.size() <= BoundedProblems.LIMIT + 1) {
            return list;
        }
        List<T> kept = new ArrayList<>(list.subList(0, BoundedProblems.LIMIT));
        kept.add(summary.apply(ImportWords.text(summaryKey, list.size() - BoundedProblems.LIMIT)));
        return kept;
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
