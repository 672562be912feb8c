package dk.almenmonitor.newbuild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * The {@code newbuild} dataset: the municipality's list of new-build projects
 * ({@code projekt_id;organisationsnr;navn;postnr;boligtype;boliger;smaa_billige;byudviklingsomraade;skema_a;skema_b;
 * skema_c}, docs/domain.md §13). A small file, read whole and validated before anything is written; an import replaces the
 * list and recomputes the derived figures and observations ({@link NewbuildLoader}).
 */
@Component
@Order(60)
class NewbuildDataset implements ImportDataset<NewbuildDataset.Parsed> {

    static final String NAME = "newbuild";
    static final List<String> COLUMNS = List.of("projekt_id", "organisationsnr", "navn", "postnr", "boligtype",
            "boliger", "smaa_billige", "byudviklingsomraade", "skema_a", "skema_b", "skema_c");
    static final List<String> REQUIRED = List.of("projekt_id", "organisationsnr", "postnr", "boligtype", "boliger",
            "byudviklingsomraade");
    static final int MAX_ID = 50;
    static final int MAX_NAME = 200;
    static final int MAX_DWELLINGS = 10_000;
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.DATA_STEWARD);
    private static final Set<String> YES = Set.of("ja", "j", "1", "true", "x", "sand");
    private static final Set<String> NO = Set.of("nej", "n", "0", "false", "falsk");

    /** The validated projects and the file's name. */
    record Parsed(List<Project> projects, String fileName, java.util.UUID importId) {
    }

    private final ImportTexts texts;
    private final NewbuildLoader loader;
    private final int maxRows;
    private final int maxColumns;

    NewbuildDataset(ImportTexts texts, NewbuildLoader loader,
                    @Value("${almen.import.newbuild.max-rows:20000}") int maxRows,
                    @Value("${almen.import.newbuild.max-columns:50}") int maxColumns) {
        this.texts = texts;
        this.loader = loader;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "newbuild.import.label";
    }

    @Override
    public String formatHelpKey() {
        return "newbuild.import.help";
    }

    @Override
    public boolean mayImport(Role role) {
        return IMPORTERS.contains(role);
    }

    @Override
    public String pageName() {
        return "nybyggeri";
    }

    @Override
    public ParsedImport<Parsed> parse(ImportFile file) {
        List<Project> projects = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CsvTable table = CsvTable.open(file, CsvTable.Columns.of(COLUMNS, REQUIRED), maxRows, maxColumns, texts)) {
            while (table.next()) {
                CsvTable.Row r = table.row();
                Project p = read(table, r);
                if (p == null) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(p.projectId().toLowerCase(Locale.ROOT), r.number());
                if (earlier != null) {
                    r.error("projekt_id", "imports.cell.duplicateKey", p.projectId(), earlier);
                } else {
                    projects.add(p);
                }
            }
            return table.parsed(new Parsed(List.copyOf(projects), file.fileName(), file.importId()),
                    "newbuild.import.empty", Map.of("projects", NewbuildLoader.Counts.NONE));
        }
    }

    @Override
    public LoadedImport load(ParsedImport<Parsed> parsed, String user) {
        return loader.load(parsed.data(), user);
    }

    /** The row as a project, or null when a cell is wrong (each problem recorded at its row and column). */
    private Project read(CsvTable table, CsvTable.Row r) {
        int errorsBefore = table.errors().count();
        String id = r.requiredText("projekt_id");
        if (id != null && id.length() > MAX_ID) {
            r.error("projekt_id", "newbuild.import.tooLong", MAX_ID);
        }
        Long organisation = bounded(r, "organisationsnr", r.integer("organisationsnr", true), 1, 999_999);
        String name = r.text("navn");
        if (name != null && name.length() > MAX_NAME) {
            r.error("navn", "newbuild.import.tooLong", MAX_NAME);
        }
        Long postal = bounded(r, "postnr", r.integer("postnr", true), 1000, 9999);
        String typeText = r.requiredText("boligtype");
        HousingType type = null;
        if (typeText != null) {
            type = HousingType.parse(typeText).orElse(null);
            if (type == null) {
                r.error("boligtype", "imports.cell.unknownCode", typeText, texts.text("newbuild.import.housingTypes"));
            }
        }
        Long dwellings = bounded(r, "boliger", r.integer("boliger", true), 0, MAX_DWELLINGS);
        Long small = bounded(r, "smaa_billige", r.integer("smaa_billige", false), 0, MAX_DWELLINGS);
        if (small != null && dwellings != null && small > dwellings) {
            r.error("smaa_billige", "newbuild.import.moreSmallThanDwellings", small, dwellings);
        }
        String urbanText = r.requiredText("byudviklingsomraade");
        Boolean urban = null;
        if (urbanText != null) {
            String u = urbanText.toLowerCase(Locale.ROOT);
            urban = YES.contains(u) ? Boolean.TRUE : NO.contains(u) ? Boolean.FALSE : null;
            if (urban == null) {
                r.error("byudviklingsomraade", "imports.cell.unknownCode", urbanText, "ja, nej");
            }
        }
        LocalDate a = date(r, "skema_a");
        LocalDate b = date(r, "skema_b");
        LocalDate c = date(r, "skema_c");
        if (b != null && (a == null || b.isBefore(a))) {
            r.error("skema_b", "newbuild.import.stageOrder", "Skema B", "Skema A");
        }
        if (c != null && (b == null || c.isBefore(b))) {
            r.error("skema_c", "newbuild.import.stageOrder", "Skema C", "Skema B");
        }
        if (table.errors().count() > errorsBefore) {
            return null;
        }
        return new Project(id, organisation.intValue(), name, postal.intValue(), type, dwellings.intValue(),
                small == null ? 0 : small.intValue(), urban, a, b, c, r.number());
    }

    private static LocalDate date(CsvTable.Row r, String key) {
        LocalDate date = r.date(key, false);
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            r.error(key, "imports.cell.outOfRange", date, EARLIEST.getYear() + "–" + LATEST.getYear());
            return null;
        }
        return date;
    }

    private static Long bounded(CsvTable.Row r, String key, Long value, long min, long max) {
        if (value != null && (value < min || value > max)) {
            r.error(key, "imports.cell.outOfRange", value, min + "–" + max);
            return null;
        }
        return value;
    }
}
