package dk.almenmonitor.housing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The {@code price-index} dataset: {@code aar;indeks}, one row per year, any base; a year given again is revised. */
@Component
@Order(31)
class PriceIndexDataset implements ImportDataset<Map<Integer, BigDecimal>> {

    private final PriceIndexRepository index;
    private final ImportTexts texts;

    PriceIndexDataset(PriceIndexRepository index, ImportTexts texts) {
        this.index = index;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "price-index";
    }

    @Override
    public String labelKey() {
        return "housing.priceIndex.label";
    }

    @Override
    public String formatHelpKey() {
        return "housing.priceIndex.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return role == Role.ADMIN || role == Role.DATA_STEWARD;
    }

    @Override
    public String pageName() {
        return "prisindeks";
    }

    @Override
    public ParsedImport<Map<Integer, BigDecimal>> parse(ImportFile file) {
        Map<Integer, BigDecimal> years = new TreeMap<>();
        Map<Integer, Integer> rows = new LinkedHashMap<>();
        try (CsvTable table = CsvTable.open(file, CsvTable.Columns.of(List.of("aar", "indeks"), List.of("aar", "indeks"))
                .alias("år", "aar"), 500, 20, texts)) {
            while (table.next()) {
                CsvTable.Row row = table.row();
                Long year = row.integer("aar", true);
                BigDecimal value = row.decimal("indeks", true);
                if (year != null && (year < 1900 || year > 2100)) {
                    row.error("aar", "imports.cell.outOfRange", year, "1900–2100");
                    continue;
                }
                if (value != null && value.signum() <= 0) {
                    row.error("indeks", "imports.cell.outOfRange", value.toPlainString(), "> 0");
                    continue;
                }
                if (year == null || value == null) {
                    continue;
                }
                Integer earlier = rows.putIfAbsent(year.intValue(), row.number());
                if (earlier != null) {
                    row.error("aar", "imports.cell.duplicateKey", year, earlier);
                    continue;
                }
                years.put(year.intValue(), value);
            }
            if (table.rows() == 0) {
                table.errors().add(texts.file("housing.import.noRows"));
            }
            table.rejectIfErrors();
            return new ParsedImport<>(years, "CSV", table.encoding(), table.rows(), table.warnings().list());
        }
    }

    @Override
    public LoadedImport load(ParsedImport<Map<Integer, BigDecimal>> parsed, String user) {
        int[] counts = index.save(parsed.data());
        return new LoadedImport(Map.of("years", Map.of("created", counts[0], "updated", counts[1],
                "unchanged", counts[2])));
    }
}
