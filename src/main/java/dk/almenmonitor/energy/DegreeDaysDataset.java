package dk.almenmonitor.energy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code degree-days} dataset ({@code aar;graddage}): the year's degree days, GD = Σ max(0, 17 °C − daily mean).
 * A small file, read and validated whole in the parse; the load stores new and changed years and recomputes the
 * heat figures of those years ({@link HeatDerivation}).
 */
@Component
@Order(64)
class DegreeDaysDataset implements ImportDataset<DegreeDaysDataset.Parsed> {

    static final String DATASET = "degree-days";
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);
    private static final CsvTable.Columns COLUMNS = CsvTable.Columns.of(List.of("aar", "graddage"),
            List.of("aar", "graddage")).alias("år", "aar");

    /** The validated rows and the import they come under. */
    record Parsed(List<Row> rows, UUID importId) {
    }

    record Row(int year, BigDecimal degreeDays) {
    }

    record Counts(int created, int updated, int unchanged) {
    }

    private final HeatRepository heat;
    private final HeatDerivation derivation;
    private final dk.almenmonitor.imports.ImportTexts texts;

    DegreeDaysDataset(HeatRepository heat, HeatDerivation derivation, dk.almenmonitor.imports.ImportTexts texts) {
        this.heat = heat;
        this.derivation = derivation;
        this.texts = texts;
    }

    @Override
    public String name() {
        return DATASET;
    }

    @Override
    public String labelKey() {
        return "energy.import.degreeDays.title";
    }

    @Override
    public String formatHelpKey() {
        return "energy.import.degreeDays.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "graddage";
    }

    @Override
    public ParsedImport<Parsed> parse(ImportFile file) {
        List<Row> rows = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        try (CsvTable table = CsvTable.open(file, COLUMNS, 1000, 20, texts)) {
            while (table.next()) {
                CsvTable.Row r = table.row();
                Long year = HeatDataset.bounded(r, "aar", 1990, 2100);
                BigDecimal degreeDays = HeatDataset.decimal(r, "graddage", BigDecimal.ZERO, false,
                        new BigDecimal("10000"));
                if (year != null) {
                    Integer earlier = seen.putIfAbsent(year, r.number());
                    if (earlier != null) {
                        r.error("aar", "imports.cell.duplicateKey", String.valueOf(year), earlier);
                        continue;
                    }
                }
                if (year != null && degreeDays != null) {
                    rows.add(new Row(year.intValue(), degreeDays.setScale(1, java.math.RoundingMode.HALF_UP)));
                }
            }
            Map<String, Object> none = Map.of("degreeDays", new Counts(0, 0, 0));
            if (table.rows() == 0) {
                table.errors().add(texts.file("energy.import.noRows"));
            }
            if (!table.errors().isEmpty()) {
                throw table.rejection(none);
            }
            return new ParsedImport<>(new Parsed(List.copyOf(rows), file.importId()), "CSV", table.encoding(), table.rows(),
                    table.warnings().list());
        }
    }

    @Override
    public LoadedImport load(ParsedImport<Parsed> parsed, String user) {
        UUID importId = parsed.data().importId();
        int created = 0;
        int updated = 0;
        List<Integer> changed = new ArrayList<>();
        for (Row row : parsed.data().rows()) {
            int result = heat.upsertDegreeDays(row.year(), row.degreeDays(), importId);
            created += result == 1 ? 1 : 0;
            updated += result == 2 ? 1 : 0;
            if (result != 0) {
                changed.add(row.year());
            }
        }
        List<Integer> years = new ArrayList<>(heat.heatYears());
        years.retainAll(changed);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("degreeDays", new Counts(created, updated, parsed.data().rows().size() - created - updated));
        details.put("yearsRederived", years);
        details.put("observations", derivation.derive(years, user));
        return new LoadedImport(details);
    }
}
