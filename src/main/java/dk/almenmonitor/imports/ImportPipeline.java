package dk.almenmonitor.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.almenmonitor.shared.DanishFormat;
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

    ImportPipeline(UploadLimits limits, ImportRecordRepository records, TransactionTemplate transactions,
                   JsonMapper json) {
        this.limits = limits;
        this.records = records;
        this.transactions = transactions;
        this.json = json;
    }

    /** Imports the file into the dataset; the report says what happened and is stored either way. */
    public <P> ImportReport importFile(ImportDataset<P> dataset, byte[] content, String fileName,
                                       Map<String, String> parameters, String user) {
        UUID id = UUID.randomUUID();
        // Microseconds, as PostgreSQL keeps them: the report answered now equals the one read back later.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        byte[] bytes = content == null ? new byte[0] : content;
        String safeName = safeFileName(fileName);
        String sha256 = sha256(bytes);
        try {
            limits.checkSize(bytes);
            if (UploadLimits.isZip(bytes)) {
                limits.checkZip(bytes);
            }
            ParsedImport<P> parsed = dataset.parse(new ImportFile(bytes, safeName, parameters));
            ImportReport report;
            try {
                report = transactions.execute(tx -> {
                    records.lockDataset(dataset.name());
                    LoadedImport loaded = dataset.load(parsed, user);
                    List<String> warnings = new ArrayList<>(parsed.warnings());
                    warnings.addAll(loaded.warnings());
                    ImportReport imported = new ImportReport(id, dataset.name(), ImportStatus.IMPORTED, safeName,
                            parsed.format(), parsed.encoding(), sha256, parsed.rows(), List.of(),
                            capped(warnings, "advarsler", w -> w), user, now, plain(loaded.details()));
                    records.save(imported);
                    return imported;
                });
            } catch (ImportRejectedException e) {
                throw e.orElse(parsed.format(), parsed.encoding(), parsed.rows(), Map.of());
            }
            log.info("Imported {} {}: {} rows, {}", dataset.name(), id, report.rows(), report.details());
            return report;
        } catch (ImportRejectedException e) {
            ImportReport rejected = new ImportReport(id, dataset.name(), ImportStatus.REJECTED, safeName, e.format(),
                    e.encoding(), sha256, e.rows(), capped(e.problems(), "fejl", ImportProblem::file),
                    capped(e.warnings(), "advarsler", w -> w), user, now, plain(e.details()));
            records.save(rejected);
            log.info("Rejected {} {}: {} problem(s)", dataset.name(), id, e.problems().size());
            return rejected;
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
    private static <T> List<T> capped(List<T> list, String noun, java.util.function.Function<String, T> summary) {
        if (list.size() <= BoundedProblems.LIMIT + 1) {
            return list;
        }
        List<T> kept = new ArrayList<>(list.subList(0, BoundedProblems.LIMIT));
        kept.add(summary.apply("… og %s flere %s.".formatted(DanishFormat.integer(
                list.size() - BoundedProblems.LIMIT), noun)));
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

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
