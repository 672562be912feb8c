package dk.almenmonitor.stock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.BulkCopyRepository;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.DateText;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportField;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code bbr-units} dataset: a BBR unit extract (docs/domain.md §11) as CSV with the BBR field names or as a BBR JSON
 * array of objects with the same names, with the cut-off date as the request parameter {@value #CUTOFF}. A national
 * extract has some 3,3 million units, so the file is streamed twice and never held: {@link #parse} checks the cut-off
 * and the file's start (the CSV header, the JSON array), {@link #load} reads every unit, validates it, decides what it
 * counts as ({@link BbrUnitRules}) and COPYs the units of the municipality ({@code almen.stock.municipality-code},
 * København 0101) into a staging table of the transaction; unit ids seen twice are found by their hashes
 * ({@link UnitIdHashes}) and confirmed in a second pass; the share is derived from the staging table in SQL, stored with its method, source and import, and published to the indicator. Any error rejects the
 * whole file and the transaction rolls back.
 */
@Component
@Order(40)
class BbrUnitsDataset implements ImportDataset<BbrUnitsDataset.Upload> {

    static final String DATASET = "bbr-units";
    static final String CUTOFF = "opgoerelsesdato";
    static final String MUNICIPALITY = "kommunekode";
    static final String POSTAL_CODE = "postnr";
    static final String USE = "enh020EnhedensAnvendelse";
    static final String SUPPORT = "enh046OffentligStøtte";
    static final String OWNER = "byg066Ejerforhold";
    static final String AREA = "enh026EnhedensSamledeAreal";
    static final String ROOMS = "enh031AntalVærelser";
    static final String STATUS = "status";
    static final String UNIT_ID = "id_lokalId";
    static final CsvTable.Columns COLUMNS = CsvTable.Columns.of(
                    List.of(MUNICIPALITY, POSTAL_CODE, USE, SUPPORT, OWNER, AREA, ROOMS, STATUS, UNIT_ID),
                    List.of(MUNICIPALITY, USE, STATUS))
            .alias("enh046OffentligStoette", SUPPORT).alias("enh031AntalVaerelser", ROOMS)
            .alias("postnummer", POSTAL_CODE).alias("id", UNIT_ID);
    private static final Logger log = LoggerFactory.getLogger(BbrUnitsDataset.class);
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);
    private static final int MAX_ID = 100;

    /** The file, its cut-off date and its format ("CSV" or "JSON"). */
    record Upload(ImportFile file, LocalDate cutoff, String format) {
    }

    private final StockShareRepository shares;
    private final BulkCopyRepository bulk;
    private final ShareRecorder recorder;
    private final ImportTexts texts;
    private final int municipality;
    private final int maxRows;
    private final int maxColumns;

    BbrUnitsDataset(StockShareRepository shares, BulkCopyRepository bulk, ShareRecorder recorder, ImportTexts texts,
                    @Value("${almen.stock.municipality-code:0101}") String municipality,
                    @Value("${almen.import.bbr-units.max-rows:5000000}") int maxRows,
                    @Value("${almen.import.bbr-units.max-columns:300}") int maxColumns) {
        this.shares = shares;
        this.bulk = bulk;
        this.recorder = recorder;
        this.texts = texts;
        this.municipality = Integer.parseInt(municipality.strip());
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    @Override
    public String name() {
        return DATASET;
    }

    @Override
    public String labelKey() {
        return "stock.import.bbr.title";
    }

    @Override
    public String formatHelpKey() {
        return "stock.import.bbr.hint";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public boolean large() {
        return true;
    }

    @Override
    public List<ImportField> fields() {
        return List.of(ImportField.date(CUTOFF, "stock.import.cutoff", "stock.import.cutoff.hint", true));
    }

    @Override
    public ParsedImport<Upload> parse(ImportFile file) {
        String format = json(file) ? "JSON" : "CSV";
        LocalDate cutoff = cutoff(file.parameter(CUTOFF), format);
        String encoding;
        try (UnitRows rows = open(file, format)) {
            encoding = rows.encoding();
        }
        return new ParsedImport<>(new Upload(file, cutoff, format), format, encoding, 0, List.of());
    }

    @Override
    public LoadedImport load(ParsedImport<Upload> parsed, String user) {
        Upload upload = parsed.data();
        long started = System.nanoTime();
        shares.createUnitStaging();
        Map<String, Object> units = new LinkedHashMap<>();
        BulkCopyRepository.Copy copy = bulk.into(StockShareRepository.UNITS_STAGING, StockShareRepository.UNITS_COLUMNS);
        boolean finished = false;
        List<String> warnings;
        int rowCount;
        String encoding;
        UnitIdHashes ids = new UnitIdHashes();
        try (UnitRows rows = open(upload.file(), upload.format())) {
            long inMunicipality = 0;
            long notExisting = 0;
            long notDwelling = 0;
            while (rows.next()) {
                int before = rows.errorCount();
                Long code = range(rows, MUNICIPALITY, integer(rows, MUNICIPALITY, true), 1, 9999);
                Long use = range(rows, USE, integer(rows, USE, true), 100, 999);
                Long status = range(rows, STATUS, integer(rows, STATUS, true), 0, 99);
                Long support = range(rows, SUPPORT, integer(rows, SUPPORT, false), 0, 99);
                Long owner = range(rows, OWNER, integer(rows, OWNER, false), 0, 99);
                Long postalCode = range(rows, POSTAL_CODE, integer(rows, POSTAL_CODE, false), 1, 9999);
                range(rows, ROOMS, integer(rows, ROOMS, false), 0, 999);
                Long wholeArea = plainDigits(rows.text(AREA));
                BigDecimal area = wholeArea != null ? BigDecimal.valueOf(wholeArea) : rows.decimal(AREA, false);
                if (area != null && (area.signum() < 0 || area.compareTo(BigDecimal.valueOf(100_000)) > 0)) {
                    rows.error(AREA, "imports.cell.outOfRange", area.toPlainString(), "0–100000");
                }
                String id = rows.text(UNIT_ID);
                if (id != null && id.length() > MAX_ID) {
                    rows.error(UNIT_ID, "stock.bbr.idTooLong", MAX_ID);
                }
                if (id != null) {
                    ids.add(id);
                }
                if (rows.errorCount() > before) {
                    continue;
                }
                BbrUnitRules.Kind kind = BbrUnitRules.kind(use.intValue(), status.intValue(),
                        support == null ? null : support.intValue(), owner == null ? null : owner.intValue());
                if (code != municipality) {
                    continue;
                }
                inMunicipality++;
                if (!BbrUnitRules.EXISTING_STATUSES.contains(status.intValue())) {
                    notExisting++;
                } else if (kind == BbrUnitRules.Kind.NOT_COUNTED) {
                    notDwelling++;
                }
                copy.row(rows.number(), postalCode, switch (kind) {
                    case NOT_COUNTED -> StockShareRepository.NOT_COUNTED;
                    case DWELLING -> StockShareRepository.DWELLING;
                    case ALMEN -> StockShareRepository.ALMEN;
                });
            }
            rowCount = rows.rows();
            warnings = rows.warnings();
            encoding = rows.encoding();
            units.put("units", rowCount);
            units.put("unitsInMunicipality", inMunicipality);
            units.put("ignoredByStatus", notExisting);
            units.put("ignoredByUse", notDwelling);
            if (rowCount == 0 && rows.errorCount() == 0) {
                throw new ImportRejectedException(List.of(texts.file("stock.bbr.noRows")), warnings,
                        upload.format(), encoding, 0, units);
            }
            if (rows.errorCount() == 0 && !rows.has(SUPPORT) && !rows.has(OWNER)) {
                throw new ImportRejectedException(List.of(texts.file("stock.bbr.noAlmenFields", SUPPORT, OWNER)),
                        warnings, upload.format(), encoding, rowCount, units);
            }
            if (rows.errorCount() > 0) {
                copy.cancel();
                finished = true;
                throw rows.rejection(units);
            }
            copy.finish();
            finished = true;
            if (!ids.candidates().isEmpty()) {
                rejectDuplicates(ids, upload, rowCount, warnings, encoding, units);
            }
        } finally {
            if (!finished) {
                copy.cancel();
            }
        }
        long read = System.nanoTime();
        StockShareRepository.Counts counts = shares.stagedCounts();
        String code = BbrUnitRules.municipality(municipality);
        if (counts.dwellings() == 0) {
            throw new ImportRejectedException(List.of(texts.file("stock.bbr.noDwellings", code)), warnings,
                    upload.format(), encoding, rowCount, units);
        }
        ShareView figure = new ShareView(code, upload.cutoff(), ShareMethod.BBR_UNITS, Math.toIntExact(counts.almene()),
                Math.toIntExact(counts.dwellings()), BbrUnitRules.sharePct(counts.almene(), counts.dwellings()), 0,
                texts.text(ShareMethod.BBR_UNITS.sourceKey()), upload.file().importId(), upload.file().fileName(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cutoff", upload.cutoff().toString());
        details.putAll(units);
        details.putAll(recorder.record(List.of(figure), ShareMethod.BBR_UNITS, user));
        log.info("bbr-units: {} units read, validated and staged in {} ms, derived and stored in {} ms", rowCount,
                (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return new LoadedImport(details, warnings).withRows(rowCount);
    }

    /**
     * The second pass over the file when some id hashes were seen twice: the ids with those hashes are compared
     * exactly, and each id seen before is an error at its row naming the earlier row. Hashes that only collided give
     * nothing.
     */
    private void rejectDuplicates(UnitIdHashes ids, Upload upload, int rowCount, List<String> warnings, String encoding,
                                  Map<String, Object> units) {
        BoundedProblems<ImportProblem> errors = BoundedProblems.errors(ImportProblem::file);
        Map<String, Integer> first = new HashMap<>();
        try (UnitRows rows = open(upload.file(), upload.format())) {
            while (rows.next()) {
                String id = rows.text(UNIT_ID);
                if (id == null || !ids.candidates().contains(UnitIdHashes.hash(id))) {
                    continue;
                }
                Integer earlier = first.putIfAbsent(id, rows.number());
                if (earlier != null) {
                    errors.add(texts.problem(rows.number(), UNIT_ID, "imports.cell.duplicateKey",
                            BoundedProblems.excerpt(id), earlier));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors.list(), warnings, upload.format(), encoding, rowCount, units);
        }
    }

    /**
     * A whole number: plain digits (what nearly every cell of an extract holds) are read directly, anything else by
     * the pipeline's number rules with their errors.
     */
    private static Long integer(UnitRows rows, String key, boolean required) {
        Long plain = plainDigits(rows.text(key));
        return plain != null ? plain : rows.integer(key, required);
    }

    /** The value of a text of at most nine digits and nothing else, else null. */
    static Long plainDigits(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Long range(UnitRows rows, String key, Long value, long min, long max) {
        if (value != null && (value < min || value > max)) {
            rows.error(key, "imports.cell.outOfRange", value, min + "–" + max);
            return null;
        }
        return value;
    }

    private UnitRows open(ImportFile file, String format) {
        if (format.equals("JSON")) {
            return JsonUnitRows.open(file, COLUMNS.aliases(), maxRows, texts);
        }
        return new CsvUnitRows(CsvTable.open(file, COLUMNS, maxRows, maxColumns, texts));
    }

    private LocalDate cutoff(String text, String format) {
        if (text == null) {
            throw new ImportRejectedException(List.of(texts.file("stock.bbr.cutoffMissing", CUTOFF)), List.of(), format,
                    null, 0, Map.of());
        }
        LocalDate date = DateText.parse(text);
        if (date == null || date.getYear() < 1900 || date.getYear() > 2100) {
            throw new ImportRejectedException(List.of(texts.file("stock.bbr.cutoffInvalid", CUTOFF,
                    BoundedProblems.excerpt(text))), List.of(), format, null, 0, Map.of());
        }
        return date;
    }

    /** A JSON file starts (after an optional byte order mark and white space) with {@code [}. */
    static boolean json(ImportFile file) {
        try (InputStream in = file.open()) {
            byte[] head = in.readNBytes(4096);
            int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                    ? 3 : 0;
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && head[i] == '[';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
