package dk.almenmonitor.citylevel;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dk.almenmonitor.area.Area;
import dk.almenmonitor.area.AreaKind;
import dk.almenmonitor.area.Areas;
import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import dk.almenmonitor.shared.DanishFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code area-indicators} dataset ({@code omraade_kode;aar;indikator;vaerdi}): the yearly value of each of the
 * five criteria per urban area, and the city's under the city code ({@code KBH}, a setting). The area must be a
 * registered urban area; the indicator one of the five codes; a share lies in 0–100, the dwelling area in 0–1.000 m²,
 * with at most 4 decimals. A missing value ({@code ..}, {@code -}, empty) is skipped. Validated whole before
 * anything is written; an import adds or replaces the values it names and keeps the others.
 */
@Component
@Order(125)
class AreaIndicatorDataset implements ImportDataset<AreaIndicatorDataset.Parsed> {

    static final String NAME = "area-indicators";
    static final List<String> COLUMNS = List.of("omraade_kode", "aar", "indikator", "vaerdi");
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;
    static final int MAX_DECIMALS = 4;
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);

    /** A validated row: area (or city) code as registered, year, criterion, value, file row. */
    record Row(String areaCode, int year, Criterion criterion, BigDecimal value, int row) {
    }

    record Parsed(List<Row> rows, int missing, String fileName, UUID importId) {
    }

    /** Counts of the file's values: created, updated, unchanged, and rows without a value (skipped). */
    record Counts(int created, int updated, int unchanged, int missing) {
        static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    private final ImportTexts texts;
    private final Areas areas;
    private final CityLevelSettings settings;
    private final CityLevelRepository repository;
    private final int maxRows;

    AreaIndicatorDataset(ImportTexts texts, Areas areas, CityLevelSettings settings, CityLevelRepository repository,
                         @Value("${almen.import.area-indicators.max-rows:50000}") int maxRows) {
        this.texts = texts;
        this.areas = areas;
        this.settings = settings;
        this.repository = repository;
        this.maxRows = maxRows;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "citylevel.import.label";
    }

    @Override
    public String formatHelpKey() {
        return "citylevel.import.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "omraadeindikatorer";
    }

    @Override
    public ParsedImport<Parsed> parse(ImportFile file) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Optional<String>> known = new HashMap<>();
        int missing = 0;
        try (CsvTable table = CsvTable.open(file, CsvTable.Columns.of(COLUMNS, COLUMNS), maxRows, 20, texts)) {
            while (table.next()) {
                CsvTable.Row r = table.row();
                int before = table.errors().count();
                String area = area(r, known);
                Long year = r.integer("aar", true);
                if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
                    r.error("aar", "imports.cell.outOfRange", r.text("aar"), MIN_YEAR + "–" + MAX_YEAR);
                }
                Criterion criterion = criterion(r);
                BigDecimal value = r.decimal("vaerdi", false);
                if (value != null && criterion != null && (value.signum() < 0 || value.compareTo(criterion.max()) > 0)) {
                    r.error("vaerdi", "imports.cell.outOfRange", r.text("vaerdi"),
                            "0–" + DanishFormat.number(criterion.max(), 0));
                } else if (value != null && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                    r.error("vaerdi", "citylevel.import.decimals", r.text("vaerdi"), MAX_DECIMALS);
                }
                if (table.errors().count() > before) {
                    continue;
                }
                String key = area + "|" + year + "|" + criterion.code();
                Integer earlier = seen.putIfAbsent(key, r.number());
                if (earlier != null) {
                    r.error("omraade_kode", "imports.cell.duplicateKey",
                            area + " / " + year + " / " + criterion.code(), earlier);
                } else if (value == null) {
                    missing++;
                } else {
                    rows.add(new Row(area, year.intValue(), criterion, value.stripTrailingZeros(), r.number()));
                }
            }
            return table.parsed(new Parsed(List.copyOf(rows), missing, file.fileName(), file.importId()),
                    "citylevel.import.empty", Map.of("counts", Counts.NONE));
        }
    }

    @Override
    public LoadedImport load(ParsedImport<Parsed> parsed, String user) {
        Parsed data = parsed.data();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> areasNamed = new TreeSet<>();
        for (Row row : data.rows()) {
            areasNamed.add(row.areaCode());
            Optional<BigDecimal> current = repository.value(row.areaCode(), row.criterion().code(), row.year());
            if (current.isPresent() && current.get().compareTo(row.value()) == 0) {
                unchanged++;
                continue;
            }
            if (current.isEmpty()) {
                created++;
            } else {
                updated++;
            }
            repository.save(row, data.importId(), data.fileName(), user, at);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("counts", new Counts(created, updated, unchanged, data.missing()));
        details.put("areas", List.copyOf(areasNamed));
        details.put("cityCode", settings.cityCode());
        return new LoadedImport(details);
    }

    /** The area code as registered (or the city code), or null with an error: unknown, or not an urban area. */
    private String area(CsvTable.Row r, Map<String, Optional<String>> known) {
        String text = r.requiredText("omraade_kode");
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase(settings.cityCode())) {
            return settings.cityCode();
        }
        Optional<String> found = known.computeIfAbsent(text, c -> c.length() > 40 ? Optional.empty()
                : areas.find(c).or(() -> areas.find(c.toUpperCase(Locale.ROOT)))
                .filter(a -> a.kind() == AreaKind.URBAN_AREA).map(Area::code));
        if (found.isEmpty()) {
            r.error("omraade_kode", "citylevel.import.unknownArea", excerpt(text), settings.cityCode());
            return null;
        }
        return found.get();
    }

    private static Criterion criterion(CsvTable.Row r) {
        String text = r.requiredText("indikator");
        if (text == null) {
            return null;
        }
        Optional<Criterion> c = Criterion.of(text);
        if (c.isEmpty()) {
            r.error("indikator", "imports.cell.unknownCode", excerpt(text), Criterion.codes());
            return null;
        }
        return c.get();
    }

    static String excerpt(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
