package dk.almenmonitor.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code area-criteria} dataset (docs/domain.md §16): one row per area and list year,
 * {@code aar;omraade_kode;omraade_navn;kommunekode;beboere;ikke_vestlige_pct;uden_for_pct;doemte_pct;doemte_landsgns_pct;grundskole_pct;indkomst_pct},
 * Danish decimals, {@code ..} or an empty cell for a missing value. The whole file is validated (every problem with
 * its row and column) before anything is written; {@link CriteriaLoader} stores it.
 */
@Component
@Order(70)
class CriteriaDataset implements ImportDataset<CriteriaDataset.Parsed> {

    static final String NAME = "area-criteria";
    static final List<String> COLUMNS = List.of("aar", "omraade_kode", "omraade_navn", "kommunekode", "beboere",
            "ikke_vestlige_pct", "uden_for_pct", "doemte_pct", "doemte_landsgns_pct", "grundskole_pct",
            "indkomst_pct");
    static final int MIN_YEAR = 2010;
    static final int MAX_YEAR = 2100;
    static final int MAX_RESIDENTS = 1_000_000;
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);

    /** A validated row: the values, the area's name and municipality as the file gives them, the file row. */
    record Row(CriteriaValues values, String name, int municipality, int row) {
    }

    record Parsed(List<Row> rows, @Nullable String fileName, UUID importId) {
    }

    private final ImportTexts texts;
    private final CriteriaLoader loader;
    private final AreaRepository areas;
    private final int maxRows;

    CriteriaDataset(ImportTexts texts, CriteriaLoader loader, AreaRepository areas,
                    @Value("${almen.import.area-criteria.max-rows:100000}") int maxRows) {
        this.texts = texts;
        this.loader = loader;
        this.areas = areas;
        this.maxRows = maxRows;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "area.import.criteria.label";
    }

    @Override
    public String formatHelpKey() {
        return "area.import.criteria.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "omraadekriterier";
    }

    @Override
    public ParsedImport<Parsed> parse(ImportFile file) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, AreaKind> kinds = new HashMap<>();
        areas.all().forEach(a -> kinds.put(a.code(), a.kind()));
        try (CsvTable table = CsvTable.open(file, CsvTable.Columns.of(COLUMNS, COLUMNS), maxRows, 20, texts)) {
            while (table.next()) {
                CsvTable.Row r = table.row();
                int before = table.errors().count();
                Long year = r.integer("aar", true);
                if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
                    r.error("aar", "area.import.year", String.valueOf(year), MIN_YEAR + "–" + MAX_YEAR);
                }
                String code = AreaText.code(r, "omraade_kode");
                String name = AreaText.name(r, "omraade_navn");
                Long municipality = r.integer("kommunekode", true);
                if (municipality != null && (municipality < 1 || municipality > 999)) {
                    r.error("kommunekode", "imports.cell.outOfRange", r.text("kommunekode"), "0101–0999");
                }
                Long residents = r.integer("beboere", false);
                if (residents != null && (residents < 0 || residents > MAX_RESIDENTS)) {
                    r.error("beboere", "imports.cell.outOfRange", residents, "0–" + MAX_RESIDENTS);
                }
                BigDecimal nonWestern = percent(r, "ikke_vestlige_pct", 100);
                BigDecimal outside = percent(r, "uden_for_pct", 100);
                BigDecimal convicted = percent(r, "doemte_pct", 100);
                BigDecimal national = percent(r, "doemte_landsgns_pct", 100);
                BigDecimal basic = percent(r, "grundskole_pct", 100);
                BigDecimal income = percent(r, "indkomst_pct", 1000);
                if (code != null) {
                    AreaKind known = kinds.get(code);
                    if (known != null && known != AreaKind.HOUSING_AREA) {
                        r.error("omraade_kode", "area.import.notHousingArea", code);
                    }
                }
                if (table.errors().count() > before) {
                    continue;
                }
                String key = year + "|" + code;
                Integer earlier = seen.putIfAbsent(key, r.number());
                if (earlier != null) {
                    r.error("omraade_kode", "imports.cell.duplicateKey", year + " / " + code, earlier);
                    continue;
                }
                rows.add(new Row(new CriteriaValues(code, year.intValue(),
                        residents == null ? null : residents.intValue(), nonWestern, outside, convicted, national,
                        basic, income), name, municipality.intValue(), r.number()));
            }
            return table.parsed(new Parsed(List.copyOf(rows), file.fileName(), file.importId()),
                    "area.import.empty", Map.of("counts", CriteriaLoader.Counts.NONE));
        }
    }

    @Override
    public LoadedImport load(ParsedImport<Parsed> parsed, String user) {
        return loader.load(parsed.data(), user);
    }

    private static @Nullable BigDecimal percent(CsvTable.Row r, String column, int max) {
        BigDecimal value = r.decimal(column, false);
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0)) {
            r.error(column, "imports.cell.outOfRange", r.text(column), "0–" + max);
            return null;
        }
        return value;
    }
}
