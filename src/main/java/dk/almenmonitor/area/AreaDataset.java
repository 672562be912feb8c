package dk.almenmonitor.area;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code areas} dataset: how the secretariat registers areas and sets which departments each consists of —
 * {@code omraade_kode;omraade_navn;type;kommunekode;afdelinger}, type {@code boligomraade} (a housing area of the
 * ministry's lists) or {@code byomraade} (an urban area the municipality designates), departments as
 * {@code organisation-afdeling} separated by commas or spaces ({@code 1001-3, 1001-4}; empty: none). An area the file
 * names is registered or renamed and its departments replaced; other areas are kept. A stored area's kind never
 * changes.
 */
@Component
@Order(69)
class AreaDataset implements ImportDataset<AreaDataset.Parsed> {

    static final String NAME = "areas";
    static final List<String> COLUMNS = List.of("omraade_kode", "omraade_navn", "type", "kommunekode", "afdelinger");
    static final List<String> REQUIRED = List.of("omraade_kode", "omraade_navn", "type", "kommunekode");
    static final int MAX_DEPARTMENTS = 2000;
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);

    /** A department of an area: organisation and department number. */
    record Department(int organisation, int department) {
    }

    record Row(Area area, List<Department> departments) {
    }

    record Parsed(List<Row> rows, UUID importId) {
    }

    /** What a load did. */
    record Counts(int created, int updated, int unchanged) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    private final ImportTexts texts;
    private final AreaRepository areas;

    AreaDataset(ImportTexts texts, AreaRepository areas) {
        this.texts = texts;
        this.areas = areas;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "area.import.areas.label";
    }

    @Override
    public String formatHelpKey() {
        return "area.import.areas.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "omraader";
    }

    @Override
    public ParsedImport<Parsed> parse(ImportFile file) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CsvTable table = CsvTable.open(file, CsvTable.Columns.of(COLUMNS, REQUIRED), 10_000, 10, texts)) {
            while (table.next()) {
                CsvTable.Row r = table.row();
                int before = table.errors().count();
                String code = AreaText.code(r, "omraade_kode");
                String name = AreaText.name(r, "omraade_navn");
                AreaKind kind = kind(r);
                Long municipality = r.integer("kommunekode", true);
                if (municipality != null && (municipality < 1 || municipality > 999)) {
                    r.error("kommunekode", "imports.cell.outOfRange", r.text("kommunekode"), "0101–0999");
                }
                List<Department> departments = departments(r);
                if (code != null && kind != null) {
                    Optional<Area> known = areas.find(code);
                    if (known.isPresent() && known.get().kind() != kind) {
                        r.error("type", "area.import.kindChanged", code, typeWord(known.get().kind()));
                    }
                }
                if (table.errors().count() > before) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(code, r.number());
                if (earlier != null) {
                    r.error("omraade_kode", "imports.cell.duplicateKey", code, earlier);
                    continue;
                }
                rows.add(new Row(new Area(code, name, kind, municipality.intValue()), departments));
            }
            return table.parsed(new Parsed(List.copyOf(rows), file.importId()),
                    "area.import.empty", Map.of("areas", Counts.NONE));
        }
    }

    @Override
    public LoadedImport load(ParsedImport<Parsed> parsed, String user) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Row row : parsed.data().rows()) {
            Optional<Area> known = areas.find(row.area().code());
            List<Department> departments = areas.departments(row.area().code());
            if (known.isPresent() && known.get().equals(row.area()) && departments.equals(row.departments())) {
                unchanged++;
                continue;
            }
            if (known.isEmpty()) {
                created++;
            } else {
                updated++;
            }
            areas.upsert(row.area());
            areas.replaceDepartments(row.area().code(), row.departments());
        }
        return new LoadedImport(Map.of("areas", new Counts(created, updated, unchanged)));
    }

    private static @Nullable AreaKind kind(CsvTable.Row r) {
        String text = r.requiredText("type");
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT).replace("å", "aa").replace("-", "").replace("_", "");
        return switch (t) {
            case "boligomraade", "housingarea" -> AreaKind.HOUSING_AREA;
            case "byomraade", "urbanarea" -> AreaKind.URBAN_AREA;
            default -> {
                r.error("type", "imports.cell.unknownCode", text.length() > 40 ? text.substring(0, 40) : text,
                        "boligomraade, byomraade");
                yield null;
            }
        };
    }

    static String typeWord(AreaKind kind) {
        return kind == AreaKind.HOUSING_AREA ? "boligomraade" : "byomraade";
    }

    /** The departments, sorted and without repeats; an error (and an empty list) when one is not org-afd. */
    private static List<Department> departments(CsvTable.Row r) {
        String text = r.text("afdelinger");
        if (text == null) {
            return List.of();
        }
        Set<Department> out = new LinkedHashSet<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            var m = java.util.regex.Pattern.compile("(\\d{1,6})-(\\d{1,6})").matcher(part);
            if (!m.matches()) {
                r.error("afdelinger", "area.import.department", part.length() > 20 ? part.substring(0, 20) : part);
                return List.of();
            }
            out.add(new Department(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if (out.size() > MAX_DEPARTMENTS) {
            r.error("afdelinger", "imports.cell.outOfRange", out.size(), "0–" + MAX_DEPARTMENTS);
            return List.of();
        }
        return out.stream().sorted(java.util.Comparator.comparingInt(Department::organisation)
                .thenComparingInt(Department::department)).toList();
    }
}
