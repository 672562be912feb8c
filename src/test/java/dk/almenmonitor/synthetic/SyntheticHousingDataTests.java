package dk.almenmonitor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dk.almenmonitor.imports.DecimalText;
import dk.almenmonitor.synthetic.SyntheticHousingData.Scale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's promises: determinism, the datasets' headers, the sizes of each scale, keys that join and
 * distributions in the ranges docs/domain.md §9 describes. The Copenhagen scale is written once
 * (about a second); the national sizes are counted without writing files.
 */
class SyntheticHousingDataTests {

    @TempDir
    static Path copenhagenDir;

    /** The Copenhagen files' rows, but for the two large ones, which are read as a stream ({@link #each}). */
    private static final Map<String, List<String[]>> COPENHAGEN = new HashMap<>();
    private static final Set<String> STREAMED = Set.of("bbr-units", "bol101");

    @BeforeAll
    static void writeCopenhagen() throws IOException {
        SyntheticHousingData.of(Scale.COPENHAGEN, 42).writeAll(copenhagenDir);
        for (String dataset : SyntheticHousingData.datasets()) {
            if (!STREAMED.contains(dataset)) {
                COPENHAGEN.put(dataset, rows(copenhagenDir.resolve(dataset + ".csv")));
            }
        }
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedOtherFiles(@TempDir Path dir) throws IOException {
        SyntheticHousingData.of(Scale.TEST, 7).writeAll(dir.resolve("a"));
        SyntheticHousingData.of(Scale.TEST, 7).writeAll(dir.resolve("b"));
        SyntheticHousingData.of(Scale.TEST, 8).writeAll(dir.resolve("c"));
        for (String dataset : SyntheticHousingData.datasets()) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(dataset + ".csv"));
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(dataset + ".csv"))).as(dataset).isEqualTo(a);
        }
        assertThat(Files.readAllBytes(dir.resolve("c/rents.csv")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("a/rents.csv")));
    }

    @Test
    void aFileWrittenAloneIsTheSameAsInTheWholeSet(@TempDir Path dir) throws IOException {
        SyntheticHousingData.of(Scale.TEST, 3).writeAll(dir.resolve("all"));
        for (String dataset : List.of("heat", "energy-labels", "operating-costs", "rents")) {
            SyntheticHousingData.of(Scale.TEST, 3).write(dir.resolve(dataset), List.of(dataset));
            assertThat(Files.readAllBytes(dir.resolve(dataset).resolve(dataset + ".csv"))).as(dataset)
                    .isEqualTo(Files.readAllBytes(dir.resolve("all").resolve(dataset + ".csv")));
        }
    }

    @Test
    void theHeadersAreTheDatasetsColumns() throws IOException {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("departments",
                        "organisationsnr;organisationsnavn;afdelingsnr;afdelingsnavn;postnr;opfoerelsesaar;boliger;"
                                + "opvarmet_areal_m2"),
                Map.entry("rents", "organisationsnr;afdelingsnr;lejemaalsnr;boligtype;postnr;areal_m2;vaerelser;"
                        + "aarsleje_kr;opgoerelsesdato"),
                Map.entry("bbr-units", "kommunekode;postnr;enh020EnhedensAnvendelse;enh046OffentligStøtte;"
                        + "byg066Ejerforhold;enh026EnhedensSamledeAreal;status"),
                Map.entry("bol101", "OMRÅDE;BEBO;ANVENDELSE;UDLFORH;EJER;OPFØRELSESÅR;TID;INDHOLD"),
                Map.entry("newbuild", "projekt_id;organisationsnr;navn;postnr;boligtype;boliger;smaa_billige;"
                        + "byudviklingsomraade;skema_a;skema_b;skema_c"),
                Map.entry("energy-labels", "energimaerke_id;klassifikation;gyldig_fra;gyldig_til;status;postnr;"
                        + "bbr_bygning;organisationsnr;afdelingsnr"),
                Map.entry("heat", "organisationsnr;afdelingsnr;aar;mwh;opvarmet_areal_m2"),
                Map.entry("degree-days", "aar;graddage"),
                Map.entry("evictions", "periode;kommunekode;antal"),
                Map.entry("operating-costs", "organisationsnr;afdelingsnr;aar;administration_kr;"
                        + "vedligehold_fornyelse_kr;renholdelse_kr;forbrug_kr;oevrige_kr;areal_m2"),
                Map.entry("price-index", "aar;indeks"));
        assertThat(SyntheticHousingData.datasets()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String header;
            try (Stream<String> lines = Files.lines(copenhagenDir.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8)) {
                header = lines.findFirst().orElseThrow();
            }
            assertThat(header).as(e.getKey()).isEqualTo(e.getValue());
            int columns = e.getValue().split(";").length;
            int[] rowsAndRagged = {0, 0};
            each(e.getKey(), row -> {
                rowsAndRagged[0]++;
                rowsAndRagged[1] += row.length == columns ? 0 : 1;
            });
            assertThat(rowsAndRagged[0]).as(e.getKey()).isPositive();
            assertThat(rowsAndRagged[1]).as(e.getKey() + ": rows without " + columns + " cells").isZero();
        }
    }

    @Test
    void eachScaleHasItsSize() throws IOException {
        SyntheticHousingData test = SyntheticHousingData.of(Scale.TEST, 1);
        assertThat(count(test, "departments")).isEqualTo(5);
        assertThat(count(test, "rents")).isEqualTo(200);
        assertThat(count(test, "bbr-units")).isEqualTo(2_000);
        assertThat(test.organisations()).isEqualTo(3);

        assertThat(COPENHAGEN.get("departments")).hasSize(700);
        assertThat(COPENHAGEN.get("rents")).hasSize(60_000);
        Map<String, Integer> units = new HashMap<>();
        each("bbr-units", u -> units.merge(u[0], 1, Integer::sum));
        assertThat(units).containsExactly(Map.entry("0101", 330_000));
        assertThat(COPENHAGEN.get("departments").stream().map(r -> r[0]).distinct()).hasSize(50);
        assertThat(COPENHAGEN.get("rents").stream().mapToInt(r -> Integer.parseInt(r[4])).summaryStatistics())
                .satisfies(postal -> assertThat(postal.getMin()).isGreaterThanOrEqualTo(1050))
                .satisfies(postal -> assertThat(postal.getMax()).isLessThanOrEqualTo(2720));

        SyntheticHousingData national = SyntheticHousingData.of(Scale.NATIONAL, 1);
        assertThat(count(national, "departments")).isEqualTo(7_100);
        assertThat(national.organisations()).isEqualTo(560);
        assertThat(count(national, "rents")).isEqualTo(575_000);
        assertThat(count(national, "bbr-units")).isEqualTo(3_300_000);
    }

    @Test
    void aRowOverrideSetsOneFilesSizeAndTheDepartmentsAgree(@TempDir Path dir) throws IOException {
        SyntheticHousingData data = SyntheticHousingData.of(Scale.TEST, 1).withRows("rents", 1_234)
                .withRows("bbr-units", 12_345);
        data.write(dir, List.of("departments", "rents", "bbr-units"));
        assertThat(rows(dir.resolve("rents.csv"))).hasSize(1_234);
        assertThat(rows(dir.resolve("bbr-units.csv"))).hasSize(12_345);
        assertThat(rows(dir.resolve("departments.csv")).stream().mapToInt(r -> Integer.parseInt(r[6])).sum())
                .isEqualTo(1_234);
        assertThat(count(SyntheticHousingData.of(Scale.TEST, 1).withRows("departments", 40), "departments"))
                .isEqualTo(40);
        assertThatThrownBy(() -> data.withRows("heat", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.withRows("rents", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void departmentKeysJoin() {
        Map<String, String[]> departments = new HashMap<>();
        for (String[] d : COPENHAGEN.get("departments")) {
            assertThat(departments.put(d[0] + "/" + d[2], d)).as("duplicate department").isNull();
        }
        Set<String> organisations = new HashSet<>();
        departments.values().forEach(d -> organisations.add(d[0]));
        Map<String, Integer> tenancies = new HashMap<>();
        Set<String> tenancyKeys = new HashSet<>();
        for (String[] r : COPENHAGEN.get("rents")) {
            tenancyKeys.add(r[0] + "/" + r[1] + "/" + r[2]);
            tenancies.merge(r[0] + "/" + r[1], 1, Integer::sum);
        }
        assertThat(tenancyKeys).as("tenancies unique").hasSize(COPENHAGEN.get("rents").size());
        Map<String, Integer> dwellings = new HashMap<>();
        departments.forEach((key, d) -> dwellings.put(key, Integer.parseInt(d[6])));
        assertThat(tenancies).as("tenancies per department = boliger").isEqualTo(dwellings);
        for (String[] h : COPENHAGEN.get("heat")) {
            String[] d = departments.get(h[0] + "/" + h[1]);
            assertThat(d).isNotNull();
            assertThat(h[4]).isEqualTo(d[7]);
        }
        for (String[] c : COPENHAGEN.get("operating-costs")) {
            assertThat(departments.get(c[0] + "/" + c[1])).isNotNull()
                    .satisfies(d -> assertThat(c[8]).isEqualTo(d[7]));
        }
        for (String[] l : COPENHAGEN.get("energy-labels")) {
            assertThat(departments.get(l[7] + "/" + l[8])).isNotNull()
                    .satisfies(d -> assertThat(l[5]).isEqualTo(d[4]));
        }
        assertThat(COPENHAGEN.get("newbuild")).allSatisfy(p -> assertThat(organisations).contains(p[1]));
        assertThat(COPENHAGEN.get("energy-labels").stream().map(l -> l[0]).distinct())
                .hasSize(COPENHAGEN.get("energy-labels").size());
    }

    @Test
    void rentsAndAreasAreInTheirRanges() {
        List<Double> perM2 = new ArrayList<>();
        Map<String, List<Integer>> areas = new HashMap<>();
        Map<String, Set<Integer>> bands = new HashMap<>();
        for (String[] r : COPENHAGEN.get("rents")) {
            int area = Integer.parseInt(r[5]);
            long yearly = Long.parseLong(r[7]);
            perM2.add((double) yearly / area);
            areas.computeIfAbsent(r[3], k -> new ArrayList<>()).add(area);
            long monthly = yearly / 12;
            int band = monthly < 3_500 ? 0 : monthly >= 7_500 ? 5 : (int) ((monthly - 2_500) / 1_000);
            bands.computeIfAbsent(r[3], k -> new HashSet<>()).add(band);
            assertThat(r[8]).isEqualTo("2017-01-19");
        }
        assertThat(median(perM2)).isBetween(800.0, 1_000.0);
        assertThat(areas).containsOnlyKeys("familie", "ungdom", "aeldre");
        assertThat(median(areas.get("familie"))).isBetween(60.0, 110.0);
        assertThat(median(areas.get("ungdom"))).isBetween(25.0, 50.0);
        assertThat(median(areas.get("aeldre"))).isBetween(50.0, 80.0);
        assertThat(bands.get("familie")).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(bands.get("ungdom")).contains(0);
        assertThat(areas.get("familie").size()).isGreaterThan(areas.get("ungdom").size() * 4);
    }

    @Test
    void theBbrStockIsAboutOneFifthAlmene() throws IOException {
        long[] dwellingsAlmeneAnnexes = new long[3];
        Map<String, Integer> statuses = new HashMap<>();
        Set<String> almene = Set.of("10", "25", "40", "42");
        each("bbr-units", u -> {
            statuses.merge(u[6], 1, Integer::sum);
            if (u[2].equals("185")) {
                dwellingsAlmeneAnnexes[2]++;
            } else if (u[6].equals("6") || u[6].equals("7")) {
                dwellingsAlmeneAnnexes[0]++;
                dwellingsAlmeneAnnexes[1] += almene.contains(u[3]) ? 1 : 0;
            }
        });
        assertThat(100.0 * dwellingsAlmeneAnnexes[1] / dwellingsAlmeneAnnexes[0]).isBetween(19.0, 21.5);
        assertThat(statuses).containsOnlyKeys("6", "7", "10", "11");
        assertThat(statuses.get("10") + statuses.get("11")).isBetween(5_000, 15_000);
        assertThat(dwellingsAlmeneAnnexes[2]).isBetween(2_000L, 8_000L);

        long[] almeneAllSuppressed = new long[3];
        each("bol101", b -> {
            assertThat(b[0]).isEqualTo("København");
            if (b[7].equals("..")) {
                almeneAllSuppressed[2]++;
            } else if (b[6].equals("2017")) {
                almeneAllSuppressed[1] += Long.parseLong(b[7]);
                almeneAllSuppressed[0] += b[4].equals("Almene boligselskaber") ? Long.parseLong(b[7]) : 0;
            }
        });
        assertThat(100.0 * almeneAllSuppressed[0] / almeneAllSuppressed[1]).isBetween(19.0, 21.5);
        assertThat(almeneAllSuppressed[2]).isPositive();
    }

    @Test
    void heatLabelsAndCostsLookLikeTheSector() {
        List<Double> heat2010 = new ArrayList<>();
        for (String[] h : COPENHAGEN.get("heat")) {
            DecimalText.Parsed mwh = DecimalText.parse(h[3]);
            assertThat(mwh.kind()).as(h[3]).isEqualTo(DecimalText.Kind.NUMBER);
            if (h[2].equals("2010")) {
                heat2010.add(mwh.value().doubleValue() * 1000 / Integer.parseInt(h[4]));
            }
        }
        assertThat(median(heat2010)).isBetween(110.0, 160.0);

        Map<String, Integer> classes = new HashMap<>();
        for (String[] l : COPENHAGEN.get("energy-labels")) {
            assertThat(l[2].compareTo(l[3])).isNegative();
            if (l[2].compareTo("2014-12-31") <= 0 && l[3].compareTo("2014-12-31") >= 0) {
                classes.merge(l[1], 1, Integer::sum);
            }
        }
        int labelled = classes.values().stream().mapToInt(Integer::intValue).sum();
        int cd = classes.getOrDefault("C", 0) + classes.getOrDefault("D", 0) + classes.getOrDefault("C/D", 0);
        int eOrWorse = classes.getOrDefault("E", 0) + classes.getOrDefault("F", 0) + classes.getOrDefault("G", 0);
        assertThat(100.0 * cd / labelled).isGreaterThan(60);
        assertThat(100.0 * eOrWorse / labelled).isBetween(5.0, 30.0);
        assertThat(classes).containsKeys("C/D", "G");

        List<Double> costPerM2 = new ArrayList<>();
        for (String[] c : COPENHAGEN.get("operating-costs")) {
            long sum = 0;
            for (int i = 3; i <= 7; i++) {
                sum += Long.parseLong(c[i]);
            }
            costPerM2.add((double) sum / Integer.parseInt(c[8]));
        }
        assertThat(median(costPerM2)).isBetween(350.0, 550.0);

        List<String[]> degreeDays = COPENHAGEN.get("degree-days");
        assertThat(degreeDays).hasSize(15);
        assertThat(degreeDays.stream().mapToInt(d -> Integer.parseInt(d[1])).average().orElseThrow())
                .isBetween(2_700.0, 3_300.0);
        assertThat(COPENHAGEN.get("price-index")).hasSize(15)
                .anySatisfy(p -> assertThat(p).containsExactly("2015", "100,0"));
    }

    @Test
    void evictionsAndNewBuildAreAroundTheSeedsFigures() {
        Map<String, Integer> perYear = new HashMap<>();
        for (String[] e : COPENHAGEN.get("evictions")) {
            assertThat(e[1]).isEqualTo("0101");
            perYear.merge(e[0].substring(0, 4), Integer.parseInt(e[2]), Integer::sum);
        }
        assertThat(perYear.get("2013")).isBetween(480, 600);
        assertThat(perYear.get("2015")).isBetween(320, 400);
        assertThat(COPENHAGEN.get("evictions")).anySatisfy(e -> assertThat(e[0]).isEqualTo("2016-H1"));

        for (String[] p : COPENHAGEN.get("newbuild")) {
            assertThat(p[8]).isBetween("2015-01-01", "2018-12-31");
            assertThat(p[4]).isIn("familie", "ungdom", "aeldre");
            assertThat(Integer.parseInt(p[6])).isBetween(0, Integer.parseInt(p[5]));
            if (!p[10].isEmpty()) {
                assertThat(p[9]).isNotEmpty();
            }
        }
        assertThat(COPENHAGEN.get("newbuild")).anySatisfy(p -> assertThat(p[9]).isEmpty())
                .anySatisfy(p -> assertThat(p[10]).isNotEmpty());
    }

    @Test
    void theCommandLineWritesTheFiles(@TempDir Path dir) throws IOException {
        SyntheticHousingData.main(new String[] {"test", "5", dir.toString(), "rents=300", "only=departments,rents"});
        assertThat(rows(dir.resolve("rents.csv"))).hasSize(300);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("departments.csv",
                    "rents.csv");
        }
    }

    /** Every data row of one of the Copenhagen files, read as a stream. */
    private static void each(String dataset, Consumer<String[]> row) throws IOException {
        try (Stream<String> lines = Files.lines(copenhagenDir.resolve(dataset + ".csv"), StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(line -> row.accept(line.split(";", -1)));
        }
    }

    private static long count(SyntheticHousingData data, String dataset) throws IOException {
        return data.write(dataset, Writer.nullWriter());
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(line -> rows.add(line.split(";", -1)));
        }
        return rows;
    }

    private static double median(List<? extends Number> values) {
        List<Double> sorted = new ArrayList<>(values.stream().map(Number::doubleValue).toList());
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
