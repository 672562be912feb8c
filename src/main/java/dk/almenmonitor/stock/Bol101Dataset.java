package dk.almenmonitor.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.DecimalText;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code bol101} dataset: Danmarks Statistik's table BOL101 as the statbank CSV (docs/domain.md §11: {@code ;}-separated,
 * text labels, Danish numbers, {@code ..} for a suppressed cell), one row per combination of {@code OMRÅDE}, {@code
 * BEBO}, {@code ANVENDELSE}, {@code UDLFORH}, {@code EJER}, {@code OPFØRELSESÅR} and {@code TID}, the count in {@code
 * INDHOLD}. A small file: it is read and validated whole in {@link #parse}, the figures per year derived there
 * ({@link Bol101Table}); {@link #load} stores and publishes them. The rows of other areas than the municipality
 * ({@code almen.stock.municipality-code} / {@code -name}) are counted and left out.
 */
@Component
@Order(41)
class Bol101Dataset implements ImportDataset<Bol101Dataset.Figures> {

    static final String DATASET = "bol101";
    static final String AREA = "OMRÅDE";
    static final String OWNER = "EJER";
    static final String TIME = "TID";
    static final String VALUE = "INDHOLD";
    static final CsvTable.Columns COLUMNS = CsvTable.Columns.of(
                    List.of(AREA, "BEBO", "ANVENDELSE", "UDLFORH", OWNER, "OPFØRELSESÅR", TIME, VALUE),
                    List.of(AREA, OWNER, TIME, VALUE))
            .alias("omraade", AREA).alias("opfoerelsesaar", "OPFØRELSESÅR").alias("antal", VALUE);
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final long MAX_COUNT = 10_000_000;

    /** The derived figures of a file, ready to store. */
    record Figures(List<ShareView> shares, String fileName) {
    }

    private final ShareRecorder recorder;
    private final ImportTexts texts;
    private final int municipality;
    private final String municipalityName;
    private final String almenOwner;
    private final int maxRows;
    private final int maxColumns;

    Bol101Dataset(ShareRecorder recorder, ImportTexts texts,
                  @Value("${almen.stock.municipality-code:0101}") String municipality,
                  @Value("${almen.stock.municipality-name:København}") String municipalityName,
                  @Value("${almen.stock.bol101.almen-owner:Almene boligselskaber}") String almenOwner,
                  @Value("${almen.import.bol101.max-rows:200000}") int maxRows,
                  @Value("${almen.import.bol101.max-columns:50}") int maxColumns) {
        this.recorder = recorder;
        this.texts = texts;
        this.municipality = Integer.parseInt(municipality.strip());
        this.municipalityName = municipalityName.strip().toLowerCase(Locale.ROOT);
        this.almenOwner = almenOwner;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    @Override
    public String name() {
        return DATASET;
    }

    @Override
    public String labelKey() {
        return "stock.import.bol101.title";
    }

    @Override
    public String formatHelpKey() {
        return "stock.import.bol101.hint";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public ParsedImport<Figures> parse(ImportFile file) {
        String code = BbrUnitRules.municipality(municipality);
        try (CsvTable table = CsvTable.open(file, COLUMNS, maxRows, maxColumns, texts)) {
            boolean[] present = new boolean[Bol101Table.BREAKDOWNS.size()];
            for (int i = 0; i < present.length; i++) {
                present[i] = table.has(Bol101Table.BREAKDOWNS.get(i));
            }
            Bol101Table sums = new Bol101Table(present, almenOwner);
            Map<String, Integer> seen = new HashMap<>();
            int inMunicipality = 0;
            while (table.next()) {
                CsvTable.Row row = table.row();
                int before = table.errors().count();
                String area = row.requiredText(AREA);
                String owner = row.requiredText(OWNER);
                String time = row.requiredText(TIME);
                Integer year = null;
                if (time != null) {
                    if (YEAR.matcher(time).matches()) {
                        year = Integer.parseInt(time);
                    } else {
                        row.error(TIME, "stock.bol101.notYear", BoundedProblems.excerpt(time));
                    }
                }
                Long value = count(row);
                List<String> breakdowns = new ArrayList<>();
                Bol101Table.BREAKDOWNS.forEach(b -> breakdowns.add(row.text(b)));
                if (table.errors().count() > before) {
                    continue;
                }
                String key = String.join("\u001F", area, String.valueOf(breakdowns), owner, time);
                Integer earlier = seen.putIfAbsent(key, row.number());
                if (earlier != null) {
                    row.error(TIME, "imports.cell.duplicateKey", BoundedProblems.excerpt(area + " · " + owner + " · "
                            + time), earlier);
                    continue;
                }
                if (ours(area)) {
                    inMunicipality++;
                    sums.add(year, breakdowns, owner, value);
                }
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("municipalityCode", code);
            details.put("rowsInMunicipality", inMunicipality);
            if (!table.errors().isEmpty()) {
                throw table.rejection(details);
            }
            if (table.rows() == 0) {
                throw reject(table, details, "stock.bol101.noRows");
            }
            if (inMunicipality == 0) {
                throw reject(table, details, "stock.bol101.noMunicipalityRows", code, municipalityName);
            }
            if (!sums.almenSeen()) {
                throw reject(table, details, "stock.bol101.noAlmenOwner", almenOwner);
            }
            List<String> warnings = new ArrayList<>(table.warnings().list());
            List<ShareView> shares = new ArrayList<>();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            for (Bol101Table.YearFigure y : sums.figures()) {
                if (y.dwellings() <= 0) {
                    warnings.add(texts.text("stock.bol101.noDwellings", String.valueOf(y.year())));
                    continue;
                }
                if (y.suppressed() > 0) {
                    warnings.add(texts.text("stock.bol101.suppressed", String.valueOf(y.year()), y.suppressed()));
                }
                shares.add(new ShareView(code, LocalDate.of(y.year(), 1, 1), ShareMethod.BOL101,
                        Math.toIntExact(y.almene()), Math.toIntExact(y.dwellings()),
                        BbrUnitRules.sharePct(y.almene(), y.dwellings()), y.suppressed(),
                        texts.text(ShareMethod.BOL101.sourceKey()), file.importId(), file.fileName(), now));
            }
            if (shares.isEmpty()) {
                throw new ImportRejectedException(List.of(texts.file("stock.bol101.noFigures")), warnings, "CSV",
                        table.encoding(), table.rows(), details);
            }
            return new ParsedImport<>(new Figures(shares, file.fileName()), "CSV", table.encoding(), table.rows(),
                    warnings);
        }
    }

    @Override
    public LoadedImport load(ParsedImport<Figures> parsed, String user) {
        Figures figures = parsed.data();
        return new LoadedImport(recorder.record(figures.shares(), ShareMethod.BOL101, user));
    }

    private ImportRejectedException reject(CsvTable table, Map<String, Object> details, String key, Object... args) {
        return new ImportRejectedException(List.of(texts.file(key, args)), table.warnings().list(), "CSV",
                table.encoding(), table.rows(), details);
    }

    /** Whether the area is the municipality: its code ({@code 101}, {@code 0101}), its name, or both ("101 København"). */
    boolean ours(String area) {
        String a = area.strip().toLowerCase(Locale.ROOT);
        if (a.equals(municipalityName)) {
            return true;
        }
        String first = a.split("\\s+", 2)[0];
        if (first.matches("\\d{1,4}") && Integer.parseInt(first) == municipality) {
            return a.equals(first) || a.substring(first.length()).strip().equals(municipalityName);
        }
        return false;
    }

    /**
     * The count: a whole number, thousands with points ({@code 12.345}) as statbank writes them, or a decimal comma with
     * nothing after it ({@code 12,0}); {@code ..}, {@code -} or an empty cell is a suppressed cell (null, no error), as
     * Danish statistics write them.
     */
    private static Long count(CsvTable.Row row) {
        String text = row.text(VALUE);
        if (text == null) {
            return null;
        }
        String plain = THOUSANDS.matcher(text).matches() ? text.replace(".", "") : text;
        DecimalText.Parsed parsed = DecimalText.parse(plain);
        if (parsed.kind() != DecimalText.Kind.NUMBER) {
            row.error(VALUE, "imports.cell.notNumber", BoundedProblems.excerpt(text));
            return null;
        }
        BigDecimal value = parsed.value();
        long whole;
        try {
            whole = value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            row.error(VALUE, "imports.cell.notInteger", BoundedProblems.excerpt(text));
            return null;
        }
        if (whole < 0 || whole > MAX_COUNT) {
            row.error(VALUE, "imports.cell.outOfRange", BoundedProblems.excerpt(text), "0–" + MAX_COUNT);
            return null;
        }
        return whole;
    }
}
