package dk.almenmonitor.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Synthetic housing data in the real formats of the housing datasets (docs/domain.md §9):
 * deterministic from a seed, streamed to {@code ;}-separated UTF-8 files with a header row, one file per dataset,
 * named {@code <dataset>.csv}. Every department-keyed file (rents, heat, energy labels, operating costs) uses the
 * departments of departments.csv, and new-build projects its organisations. The same scale, seed and row overrides
 * give byte-identical files, whether one file is written or all of them.
 *
 * <pre>
 * java -cp target/classes dk.almenmonitor.synthetic.SyntheticHousingData NATIONAL 42 /tmp/out rents=600000
 * </pre>
 */
public final class SyntheticHousingData {

    /** How much data: a few hundred dwellings for tests, the city for the demo set, the country for benchmarks. */
    public enum Scale {
        /** København, 3 organisations, 5 departments, 200 dwellings, 2.000 BBR units. */
        TEST(3, 5, 200, 2_000, 6, false),
        /** København: about 60.000 almene dwellings in 700 departments of 50 organisations, 330.000 BBR units. */
        COPENHAGEN(50, 700, 60_000, 330_000, 64, false),
        /** The country: 575.000 almene dwellings in 7.100 departments of 560 organisations, 3,3 million BBR units. */
        NATIONAL(560, 7_100, 575_000, 3_300_000, 400, true);

        final int organisations;
        final int departments;
        final int dwellings;
        final long bbrUnits;
        final int newbuildProjects;
        final boolean national;

        Scale(int organisations, int departments, int dwellings, long bbrUnits, int newbuildProjects,
              boolean national) {
            this.organisations = organisations;
            this.departments = departments;
            this.dwellings = dwellings;
            this.bbrUnits = bbrUnits;
            this.newbuildProjects = newbuildProjects;
            this.national = national;
        }
    }

    public static final String DEPARTMENTS = "departments";
    public static final String RENTS = "rents";
    public static final String BBR_UNITS = "bbr-units";
    public static final String BOL101 = "bol101";
    public static final String NEWBUILD = "newbuild";
    public static final String ENERGY_LABELS = "energy-labels";
    public static final String HEAT = "heat";
    public static final String DEGREE_DAYS = "degree-days";
    public static final String EVICTIONS = "evictions";
    public static final String OPERATING_COSTS = "operating-costs";
    public static final String PRICE_INDEX = "price-index";

    /** The cut-off date of the rents file (its {@code opgoerelsesdato}) and of the BBR extract. */
    public static final LocalDate CUTOFF = LocalDate.of(2017, 1, 19);

    /** Every dataset and its header, in the order {@link #writeAll} writes them. */
    private static final Map<String, List<String>> COLUMNS = columns();
    /** The datasets whose row count can be set ({@link #withRows}). */
    private static final List<String> SIZED = List.of(DEPARTMENTS, RENTS, BBR_UNITS, NEWBUILD);

    private static final System.Logger LOG = System.getLogger(SyntheticHousingData.class.getName());

    private final Scale scale;
    private final long seed;
    private final Map<String, Long> rows;
    private Spine spine;

    private SyntheticHousingData(Scale scale, long seed, Map<String, Long> rows) {
        this.scale = scale;
        this.seed = seed;
        this.rows = Map.copyOf(rows);
    }

    public static SyntheticHousingData of(Scale scale, long seed) {
        return new SyntheticHousingData(scale, seed, Map.of());
    }

    /**
     * The same data with one file's row count set: {@code departments} (the dwellings scale with it),
     * {@code rents} (the number of dwellings: departments.csv and every department-keyed file agree),
     * {@code bbr-units} or {@code newbuild} (projects). Other datasets have a fixed size. Bounded (BBR units 10⁹,
     * dwellings 10⁸, departments 10⁶, projects 10⁵), as departments and projects are held in memory.
     */
    public SyntheticHousingData withRows(String dataset, long count) {
        if (!SIZED.contains(dataset)) {
            throw new IllegalArgumentException("rows can be set for " + SIZED + ", not for " + dataset);
        }
        long max = switch (dataset) {
            case BBR_UNITS -> 1_000_000_000L;
            case RENTS -> 100_000_000L;
            case DEPARTMENTS -> 1_000_000L;
            default -> 100_000L;
        };
        if (count < 1 || count > max) {
            throw new IllegalArgumentException(dataset + " rows must be 1–" + max + ": " + count);
        }
        Map<String, Long> changed = new HashMap<>(rows);
        changed.put(dataset, count);
        return new SyntheticHousingData(scale, seed, changed);
    }

    /** Every dataset name, in the order {@link #writeAll} writes them. */
    public static List<String> datasets() {
        return List.copyOf(COLUMNS.keySet());
    }

    /** The header row of a dataset's file (docs/domain.md §9). */
    public static List<String> columns(String dataset) {
        List<String> columns = COLUMNS.get(dataset);
        if (columns == null) {
            throw new IllegalArgumentException("unknown dataset " + dataset + "; known: " + COLUMNS.keySet());
        }
        return columns;
    }

    public static String fileName(String dataset) {
        columns(dataset);
        return dataset + ".csv";
    }

    public Scale scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }

    /** Writes every dataset into {@code directory} (created if missing); the rows written per dataset. */
    public Map<String, Long> writeAll(Path directory) throws IOException {
        return write(directory, datasets());
    }

    /** Writes the given datasets into {@code directory}; the rows written per dataset. */
    public Map<String, Long> write(Path directory, Collection<String> datasets) throws IOException {
        datasets.forEach(SyntheticHousingData::columns);
        Files.createDirectories(directory);
        Map<String, Long> written = new LinkedHashMap<>();
        for (String dataset : datasets) {
            Path file = directory.resolve(fileName(dataset));
            try (Writer out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
                written.put(dataset, write(dataset, out));
            }
        }
        return written;
    }

    /** Streams one dataset, header first, to {@code out} (not closed); the data rows written. */
    public long write(String dataset, Writer out) throws IOException {
        CsvLine line = new CsvLine(out);
        line.header(columns(dataset));
        List<Municipality> municipalities = scale.national ? Municipality.all() : List.of(Municipality.copenhagen());
        switch (dataset) {
            case DEPARTMENTS -> TenancyFiles.departments(spine(), line);
            case RENTS -> TenancyFiles.rents(spine(), CUTOFF, line);
            case BBR_UNITS -> StockFiles.bbrUnits(municipalities, rows.getOrDefault(BBR_UNITS, scale.bbrUnits), seed,
                    line);
            case BOL101 -> StockFiles.bol101(municipalities, seed, line);
            case NEWBUILD -> SectorFiles.newbuild(spine(),
                    (int) (long) rows.getOrDefault(NEWBUILD, (long) scale.newbuildProjects), seed, line);
            case ENERGY_LABELS -> EnergyFiles.energyLabels(spine(), seed, line);
            case HEAT -> EnergyFiles.heat(spine(), new YearSeries(seed), seed, line);
            case DEGREE_DAYS -> EnergyFiles.degreeDays(new YearSeries(seed),
                    YearSeries.LAST - YearSeries.FIRST + 1, line);
            case EVICTIONS -> SectorFiles.evictions(municipalities, seed, line);
            case OPERATING_COSTS -> SectorFiles.operatingCosts(spine(), new YearSeries(seed), seed, line);
            case PRICE_INDEX -> SectorFiles.priceIndex(new YearSeries(seed), YearSeries.LAST - YearSeries.FIRST + 1,
                    line);
            default -> throw new IllegalArgumentException("unknown dataset " + dataset);
        }
        out.flush();
        return line.rows();
    }

    /** The number of dwellings (rows of rents.csv) and departments this generator makes. */
    public int dwellings() {
        return (int) spine().departments().stream().mapToLong(Spine.Department::dwellings).sum();
    }

    public int departments() {
        return spine().departments().size();
    }

    public int organisations() {
        return spine().organisations().size();
    }

    private synchronized Spine spine() {
        if (spine == null) {
            long departments = rows.getOrDefault(DEPARTMENTS, (long) scale.departments);
            long dwellings = rows.containsKey(RENTS) ? rows.get(RENTS)
                    : Math.round((double) scale.dwellings * departments / scale.departments);
            spine = Spine.build(seed, scale.organisations, (int) departments, (int) dwellings,
                    scale.national ? Municipality.all() : List.of(Municipality.copenhagen()),
                    CUTOFF.getYear() - 1);
        }
        return spine;
    }

    /**
     * {@code SCALE SEED DIRECTORY [dataset=rows ...] [only=dataset,dataset]}: writes the files and logs what it wrote.
     * Exits with 2 on bad arguments.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            usage("expected SCALE SEED DIRECTORY");
            return;
        }
        SyntheticHousingData data;
        List<String> only = datasets();
        try {
            data = of(Scale.valueOf(args[0].toUpperCase(Locale.ROOT)), Long.parseLong(args[1]));
            for (int i = 3; i < args.length; i++) {
                String[] kv = args[i].split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("expected dataset=rows or only=…: " + args[i]);
                }
                if (kv[0].equals("only")) {
                    only = List.of(kv[1].split(","));
                    only.forEach(SyntheticHousingData::columns);
                } else {
                    data = data.withRows(kv[0], Long.parseLong(kv[1]));
                }
            }
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        Path directory = Path.of(args[2]);
        long started = System.nanoTime();
        for (String dataset : only) {
            long t = System.nanoTime();
            long written = data.write(directory, List.of(dataset)).get(dataset);
            LOG.log(System.Logger.Level.INFO, "{0}: {1} rows in {2} ms", directory.resolve(fileName(dataset)),
                    written, (System.nanoTime() - t) / 1_000_000);
        }
        LOG.log(System.Logger.Level.INFO, "{0} seed {1}: {2} files in {3} ms", data.scale, data.seed, only.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void usage(String problem) {
        LOG.log(System.Logger.Level.ERROR, "{0}\nusage: SyntheticHousingData TEST|COPENHAGEN|NATIONAL SEED DIRECTORY"
                + " [dataset=rows ...] [only=dataset,...]\n  rows can be set for {1}\n  datasets: {2}", problem,
                SIZED, COLUMNS.keySet());
        Runtime.getRuntime().exit(2);
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put(DEPARTMENTS, List.of("organisationsnr", "organisationsnavn", "afdelingsnr", "afdelingsnavn",
                "postnr", "opfoerelsesaar", "boliger", "opvarmet_areal_m2"));
        columns.put(RENTS, List.of("organisationsnr", "afdelingsnr", "lejemaalsnr", "boligtype", "postnr", "areal_m2",
                "vaerelser", "aarsleje_kr", "opgoerelsesdato"));
        columns.put(BBR_UNITS, List.of("kommunekode", "postnr", "enh020EnhedensAnvendelse", "enh046OffentligStøtte",
                "byg066Ejerforhold", "enh026EnhedensSamledeAreal", "status"));
        columns.put(BOL101, List.of("OMRÅDE", "BEBO", "ANVENDELSE", "UDLFORH", "EJER", "OPFØRELSESÅR", "TID",
                "INDHOLD"));
        columns.put(NEWBUILD, List.of("projekt_id", "organisationsnr", "navn", "postnr", "boligtype", "boliger",
                "smaa_billige", "byudviklingsomraade", "skema_a", "skema_b", "skema_c"));
        columns.put(ENERGY_LABELS, List.of("energimaerke_id", "klassifikation", "gyldig_fra", "gyldig_til", "status",
                "postnr", "bbr_bygning", "organisationsnr", "afdelingsnr"));
        columns.put(HEAT, List.of("organisationsnr", "afdelingsnr", "aar", "mwh", "opvarmet_areal_m2"));
        columns.put(DEGREE_DAYS, List.of("aar", "graddage"));
        columns.put(EVICTIONS, List.of("periode", "kommunekode", "antal"));
        columns.put(OPERATING_COSTS, List.of("organisationsnr", "afdelingsnr", "aar", "administration_kr",
                "vedligehold_fornyelse_kr", "renholdelse_kr", "forbrug_kr", "oevrige_kr", "areal_m2"));
        columns.put(PRICE_INDEX, List.of("aar", "indeks"));
        return java.util.Collections.unmodifiableMap(columns);
    }
}
