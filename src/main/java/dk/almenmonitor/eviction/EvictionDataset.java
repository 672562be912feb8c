package dk.almenmonitor.eviction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dk.almenmonitor.identity.Role;
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
 * The {@code evictions} dataset ({@code periode;kommunekode;antal}, docs/domain.md §14): a period is a year ({@code 2016})
 * or a half-year ({@code 2016-H1}, {@code 2016-H2}); the municipality code as Danmarks Statistik writes it
 * ({@code 0101} and {@code 101} are København). A small file, validated whole before anything is written
 * ({@link EvictionLoader} stores it).
 */
@Component
@Order(61)
class EvictionDataset implements ImportDataset<EvictionDataset.Parsed> {

    static final String NAME = "evictions";
    static final List<String> COLUMNS = List.of("periode", "kommunekode", "antal");
    static final Pattern PERIOD = Pattern.compile("(\\d{4})(-H([12]))?");
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;
    static final int MAX_COUNT = 100_000;
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);

    /** A validated row: period key ({@code 2016}, {@code 2016-H1}), municipality code (101), count, file row. */
    record Row(String period, int municipality, int evictions, int row) {
    }

    record Parsed(List<Row> rows, String fileName, UUID importId) {
    }

    private final ImportTexts texts;
    private final EvictionLoader loader;
    private final int maxRows;

    EvictionDataset(ImportTexts texts, EvictionLoader loader,
                    @Value("${almen.import.evictions.max-rows:20000}") int maxRows) {
        this.texts = texts;
        this.loader = loader;
        this.maxRows = maxRows;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "eviction.import.label";
    }

    @Override
    public String formatHelpKey() {
        return "eviction.import.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "udsaettelser";
    }

    @Override
    public ParsedImport<Parsed> parse(ImportFile file) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CsvTable table = CsvTable.open(file, CsvTable.Columns.of(COLUMNS, COLUMNS), maxRows, 20, texts)) {
            while (table.next()) {
                CsvTable.Row r = table.row();
                int before = table.errors().count();
                String period = period(r);
                Long municipality = r.integer("kommunekode", true);
                if (municipality != null && (municipality < 1 || municipality > 999)) {
                    r.error("kommunekode", "imports.cell.outOfRange", r.text("kommunekode"), "0101–0999");
                }
                Long count = r.integer("antal", true);
                if (count != null && (count < 0 || count > MAX_COUNT)) {
                    r.error("antal", "imports.cell.outOfRange", count, "0–" + MAX_COUNT);
                }
                if (table.errors().count() > before) {
                    continue;
                }
                String key = period + "|" + municipality;
                Integer earlier = seen.putIfAbsent(key, r.number());
                if (earlier != null) {
                    r.error("periode", "imports.cell.duplicateKey", period + " / " + r.text("kommunekode"), earlier);
                } else {
                    rows.add(new Row(period, municipality.intValue(), count.intValue(), r.number()));
                }
            }
            return table.parsed(new Parsed(List.copyOf(rows), file.fileName(), file.importId()),
                    "eviction.import.empty", Map.of("counts", EvictionLoader.Counts.NONE));
        }
    }

    @Override
    public LoadedImport load(ParsedImport<Parsed> parsed, String user) {
        return loader.load(parsed.data(), user);
    }

    /** The period key, or null (with an error) when the cell is not a year or half-year in range. */
    private static String period(CsvTable.Row r) {
        String text = r.requiredText("periode");
        if (text == null) {
            return null;
        }
        String t = text.toUpperCase(Locale.ROOT).replace(" ", "");
        var m = PERIOD.matcher(t);
        if (!m.matches()) {
            r.error("periode", "eviction.import.period", text.length() > 40 ? text.substring(0, 40) : text);
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            r.error("periode", "imports.cell.outOfRange", text, MIN_YEAR + "–" + MAX_YEAR);
            return null;
        }
        return t;
    }
}
