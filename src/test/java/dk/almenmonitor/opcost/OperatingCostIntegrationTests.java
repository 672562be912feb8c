package dk.almenmonitor.opcost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operating-cost dataset and benchmark end to end: a small hand-checked file (docs/domain.md §15) through
 * {@code POST /api/v1/imports/operating-costs} to {@code GET /api/v1/housing/operating-costs}; bad files refused with
 * row and column and nothing changed; who may upload; who sees departments. Its own context (and database), closed
 * after the class so its connections do not stay open for the rest of the suite.
 */
@DirtiesContext
@SpringBootTest(properties = "almen.test.context=opcost")
@AutoConfigureMockMvc
class OperatingCostIntegrationTests {

    static final String UPLOAD = "/api/v1/imports/operating-costs";
    static final String API = "/api/v1/housing/operating-costs";
    static final String HEADER = "organisationsnr;afdelingsnr;aar;administration_kr;vedligehold_fornyelse_kr;"
            + "renholdelse_kr;forbrug_kr;oevrige_kr;areal_m2\n";

    /*
     * Hand-checked (kr./m², total = the five categories over the area):
     *   group 50-199 × 1945-1969: 1-1 300, 1-2 400, 2-1 500, 2-2 800 → q1 375, median 450, q3 575
     *       (linear interpolation: q1 at position 0,75 → 300 + 0,75·100; median at 1,5; q3 at 2,25 → 500 + 0,25·300);
     *       administration 60, 80, 100, 200 → 75, 90, 125; distances −150 (−33,3 %), −50 (−11,1 %), 50, 350 (77,8 %)
     *   group under-50 × 2010-plus: 1-3 210 alone → 210, 210, 210, distance 0
     *   unknown × unknown: 2-9 (not in the spine) 400
     *   sector: 210, 300, 400, 400, 500, 800 → q1 325, median 400, q3 475; administration 50, 60, 80, 100, 100, 200
     *       → 65, 90, 100
     *   organisation 1: 1.184.000 kr. / 3.400 m² = 348,24; administration 240.000 / 3.400 = 70,59
     *   organisation 2: 1.170.000 kr. / 1.800 m² = 650,00; administration 280.000 / 1.800 = 155,56
     */
    static final String GOOD = HEADER
            + "1;1;2023;60000;150000;50000;25000;15000;1000\n"
            + "1;2;2023;160.000,00;400.000,00;120.000,00;80.000,00;40.000,00;2.000,00\n"
            + "2;1;2023;50000;125000;40000;20000;15000;500\n"
            + "2;2;2023;200000;400000;100000;50000;50000;1000\n"
            + "1;3;2023;20000;40000;12000;8000;4000;400\n"
            + "2;9;2023;30.000,00;60.000,00;15.000,00;9.000,00;6.000,00;300\n"
            + "1;1;2022;50000;100000;40000;20000;10000;1000\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Value("${almen.demo.password}")
    String password;

    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    @BeforeEach
    void spine() {
        jdbc.sql("""
                insert into housing.organisation (organisation_no, name, account_code)
                values (1, 'Boligselskabet Øst', 'BL1'), (2, 'Boligforeningen Vest', null)
                on conflict (organisation_no) do update set account_code = excluded.account_code""").update();
        jdbc.sql("""
                insert into housing.department (organisation_no, department_no, name, postal_code, year_built, dwellings,
                                                heated_area_m2)
                values (1, 1, 'Østparken', 2100, 1950, 100, 1000), (1, 2, 'Østhaven', 2100, 1969, 50, 2000),
                       (2, 1, 'Vestbo', 2500, 1945, 199, 500), (2, 2, 'Vestly', 2500, 1960, 120, 1000),
                       (1, 3, 'Østtårnet', 2100, 2015, 30, 400)
                on conflict do nothing""").update();
    }

    @Test
    void aHandCheckedFileGivesTheBenchmark() throws Exception {
        JsonNode report = upload(GOOD, "drift.csv", "data", 200);
        assertThat(report.path("status").asString()).isEqualTo("IMPORTED");
        assertThat(report.path("rows").asInt()).isEqualTo(7);

        JsonNode y = read(API + "?year=2023", "admin");
        assertThat(y.path("year").asInt()).isEqualTo(2023);
        assertThat(y.path("departmentCount").asInt()).isEqualTo(6);
        assertThat(y.path("departmentLevel").asString()).isEqualTo("ALL");
        assertThat(y.path("importId").asString()).isNotBlank();
        assertThat(y.path("fileName").asString()).isEqualTo("drift.csv");
        assertQuartiles(y.path("sector").path("byCategory").path("total"), "325", "400", "475");
        assertQuartiles(y.path("sector").path("byCategory").path("administration"), "65", "90", "100");
        assertThat(y.path("sector").path("departments").asInt()).isEqualTo(6);

        JsonNode groups = y.path("groups");
        List<String> order = new ArrayList<>();
        groups.forEach(g -> order.add(g.path("sizeBand").asString() + "/" + g.path("builtBand").asString()
                + ":" + g.path("departments").asInt()));
        assertThat(order).containsExactly("under-50/2010-plus:1", "50-199/1945-1969:4", "unknown/unknown:1");
        JsonNode middle = groups.get(1).path("byCategory");
        assertQuartiles(middle.path("total"), "375", "450", "575");
        assertQuartiles(middle.path("administration"), "75", "90", "125");
        assertQuartiles(groups.get(0).path("byCategory").path("total"), "210", "210", "210");

        JsonNode d = y.path("departments");
        assertThat(d.size()).isEqualTo(6);
        assertDepartment(d.get(0), 1, 1, "300", "450", "-150", "-33.3");
        assertDepartment(d.get(1), 1, 2, "400", "450", "-50", "-11.1");
        assertDepartment(d.get(2), 1, 3, "210", "210", "0", "0");
        assertDepartment(d.get(3), 2, 1, "500", "450", "50", "11.1");
        assertDepartment(d.get(4), 2, 2, "800", "450", "350", "77.8");
        assertDepartment(d.get(5), 2, 9, "400", "400", "0", "0");
        assertThat(d.get(0).path("name").asString()).isEqualTo("Østparken");
        assertThat(d.get(0).path("costsPerM2").path("maintenance").decimalValue()).isEqualByComparingTo("150");
        assertThat(d.get(5).path("sizeBand").asString()).isEqualTo("unknown");

        JsonNode o = y.path("organisations");
        assertThat(o.size()).isEqualTo(2);
        assertThat(o.get(0).path("costsPerM2").path("total").decimalValue()).isEqualByComparingTo("348.24");
        assertThat(o.get(0).path("costsPerM2").path("administration").decimalValue()).isEqualByComparingTo("70.59");
        assertThat(o.get(0).path("areaM2").decimalValue()).isEqualByComparingTo("3400");
        assertThat(o.get(1).path("costsPerM2").path("total").decimalValue()).isEqualByComparingTo("650");
        assertThat(o.get(1).path("costsPerM2").path("administration").decimalValue()).isEqualByComparingTo("155.56");

        JsonNode observations = read("/api/v1/indicators/driftsudgifter-m2/observations", "laeser");
        List<String> medians = new ArrayList<>();
        observations.forEach(ob -> medians.add(ob.path("period").asString() + "=" + ob.path("value").decimalValue()
                .stripTrailingZeros().toPlainString()));
        assertThat(medians).as("the sector median feeds the indicator").contains("2022=220", "2023=400");

        JsonNode earlier = read(API + "?year=2022", "admin");
        assertQuartiles(earlier.path("sector").path("byCategory").path("total"), "220", "220", "220");
        assertThat(read(API, "admin").path("year").asInt()).as("the latest year by default").isEqualTo(2023);
    }

    @Test
    void reImportingTheSameFileChangesNothingAndAYearIsReplacedWhole() throws Exception {
        upload(GOOD, "drift.csv", "data", 200);
        String firstImport = read(API + "?year=2023", "admin").path("importId").asString();
        List<String> before = snapshot();
        JsonNode again = upload(GOOD, "drift-igen.csv", "admin", 200);
        assertThat(again.path("departments").path("unchanged").asInt()).isEqualTo(7);
        assertThat(again.path("departments").path("created").asInt()).isZero();
        assertThat(again.path("observations").path("unchanged").asInt()).isEqualTo(2);
        assertThat(snapshot()).as("the same file twice changes nothing").isEqualTo(before);
        assertThat(read(API + "?year=2023", "admin").path("importId").asString()).isEqualTo(firstImport);

        String replacement = HEADER + "1;2;2022;10000;20000;5000;3000;2000;100\n";
        JsonNode replaced = upload(replacement, "2022.csv", "data", 200);
        assertThat(replaced.path("departments").path("created").asInt()).isEqualTo(1);
        assertThat(replaced.path("departments").path("removed").asInt()).isEqualTo(1);
        JsonNode y2022 = read(API + "?year=2022", "admin");
        assertThat(y2022.path("departments").size()).as("1-1 is gone from 2022").isEqualTo(1);
        assertThat(y2022.path("departments").get(0).path("costsPerM2").path("total").decimalValue())
                .isEqualByComparingTo("400");
        assertThat(y2022.path("importId").asString()).isEqualTo(replaced.path("importId").asString());
        assertThat(read(API + "?year=2023", "admin").path("importId").asString()).as("2023 untouched")
                .isEqualTo(firstImport);
        upload(GOOD, "drift.csv", "data", 200);
    }

    @Test
    void badFilesAreRejectedWithRowAndColumnAndChangeNothing() throws Exception {
        upload(GOOD, "drift.csv", "data", 200);
        List<String> before = snapshot();

        JsonNode missing = upload(HEADER.replace(";areal_m2", "") + "1;1;2024;1;1;1;1;1\n", "mangler.csv", "data", 422);
        assertThat(where(missing)).containsExactly("1:areal_m2");

        JsonNode text = upload(HEADER + "1;1;2024;1;1;1;1;1;100\n1;2;2024;mange;1;1;1;1;100\n"
                + "1;3;2024;1;1;1;1;1;0\n", "tekst.csv", "data", 422);
        assertThat(where(text)).containsExactly("3:administration_kr", "4:areal_m2");

        JsonNode duplicate = upload(HEADER + "1;1;2024;1;1;1;1;1;100\n1;2;2024;1;1;1;1;1;100\n"
                + "1;1;2024;2;2;2;2;2;100\n", "dublet.csv", "data", 422);
        assertThat(where(duplicate)).containsExactly("4:afdelingsnr");
        assertThat(duplicate.path("errors").get(0).path("message").asString()).contains("række 2");

        JsonNode broken = upload(HEADER + "1;1;2024;1;1;1;1;1;100\n1;2;2024;\"1;1;1;1;1;100\n"
                + "1;3;2024;1;1;1;1;1;100\n", "brudt.csv", "data", 422);
        assertThat(broken.path("errors").get(0).path("row").asInt()).isEqualTo(3);

        assertThat(snapshot()).as("every table unchanged").isEqualTo(before);
        assertThat(status(API + "?year=2024", "admin")).isEqualTo(404);
    }

    @Test
    void onlyAdminsAndDataStewardsUpload() throws Exception {
        for (String account : List.of("bl1", "laeser")) {
            MvcResult r = mvc.perform(multipart(UPLOAD).file(new MockMultipartFile("file", "x.csv", "text/csv",
                    GOOD.getBytes(StandardCharsets.UTF_8))).with(httpBasic(account, password)).with(csrf())).andReturn();
            assertThat(r.getResponse().getStatus()).as(account).isEqualTo(403);
        }
    }

    @Test
    void departmentsOnlyForThePermittedAccounts() throws Exception {
        upload(GOOD, "drift.csv", "data", 200);
        JsonNode steward = read(API + "?year=2023", "data");
        assertThat(steward.path("departmentLevel").asString()).isEqualTo("ALL");
        assertThat(steward.path("departments").size()).isEqualTo(6);

        JsonNode own = read(API + "?year=2023", "bl1");
        assertThat(own.path("departmentLevel").asString()).isEqualTo("OWN");
        List<String> keys = new ArrayList<>();
        own.path("departments").forEach(d -> keys.add(d.path("organisationNo").asInt() + "-"
                + d.path("departmentNo").asInt()));
        assertThat(keys).as("BL1's housing organisation only").containsExactly("1-1", "1-2", "1-3");
        assertThat(own.path("organisations").size()).isEqualTo(1);
        assertThat(own.path("organisations").get(0).path("organisationNo").asInt()).isEqualTo(1);
        assertQuartiles(own.path("sector").path("byCategory").path("total"), "325", "400", "475");

        for (String account : List.of("sof", "laeser")) {
            JsonNode none = read(API + "?year=2023", account);
            assertThat(none.path("departmentLevel").asString()).as(account).isEqualTo("NONE");
            assertThat(none.has("departments")).as(account).isFalse();
            assertThat(none.has("organisations")).as(account).isFalse();
            assertThat(none.path("groups").size()).as(account).isEqualTo(3);
        }
        assertThat(mvc.perform(get(API)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void badYearsAre400AndUnknownYears404() throws Exception {
        upload(GOOD, "drift.csv", "data", 200);
        MvcResult bad = mvc.perform(get(API + "?year=sidste").with(httpBasic("laeser", password))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("årstal");
        assertThat(status(API + "?year=1800", "laeser")).isEqualTo(400);
        assertThat(status(API + "?year=1999", "laeser")).isEqualTo(404);
    }

    @Test
    void thePageShowsTheBenchmarkAndTheCsvDownloads() throws Exception {
        upload(GOOD, "drift.csv", "data", 200);
        String admin = page("/data/driftsudgifter?year=2023", "admin");
        assertThat(admin).contains("Driftsudgifter pr. m²").contains("375,00").contains("450,00").contains("575,00")
                .contains("Østparken").contains("-33,3 %").contains("+77,8 %").contains("348,24")
                .contains("drift.csv").contains("Regnskabsår 2023");
        assertThat(admin).as("quartile bars per size band, departments against the median")
                .contains("id=\"kvartiler-50-199-title\"").contains("id=\"afdelinger-graf-title\"");
        assertThat(admin).as("the goal the benchmark serves")
                .containsPattern("href=\"/aftaler/kk-bl1-2015-2018/maal/\\d+\"")
                .contains("At boligorganisationerne forpligter sig til at sikre en effektiv drift");
        assertThat(page("/data/driftsudgifter?year=2023&kategori=administration", "admin")).contains("125,00");

        String reader = page("/data/driftsudgifter", "laeser");
        assertThat(reader).contains("450,00").contains("325,00").doesNotContain("Østparken").doesNotContain("348,24");

        MvcResult csv = mvc.perform(get("/data/driftsudgifter.csv?year=2023").session(session("laeser")))
                .andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("aar;stoerrelse;opfoerelsesaar;kategori;afdelinger")
                .contains("2023;all;all;total;6;325,00;400,00;475,00\r\n")
                .contains("2023;50-199;1945-1969;administration;4;75,00;90,00;125,00\r\n");

        assertThat(pageStatus("/data/driftsudgifter.csv?year=2023&niveau=afdelinger", "laeser")).isEqualTo(403);
        String own = new String(mvc.perform(get("/data/driftsudgifter.csv?year=2023&niveau=afdelinger")
                .session(session("bl1"))).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(own.split("\r\n")).hasSize(4);
        assertThat(own).contains("2023;1;1;Østparken;50-199;1945-1969;1000,00;300,00;60,00;150,00;50,00;25,00;15,00;"
                + "450,00;-150,00;-33,3").doesNotContain("Vestbo");
        assertThat(pageStatus("/data/driftsudgifter?kategori=husleje", "laeser")).isEqualTo(400);
        assertThat(pageStatus("/data/driftsudgifter?year=1999", "laeser")).isEqualTo(404);
    }

    private String page(String path, String account) throws Exception {
        MvcResult r = mvc.perform(get(path).session(session(account))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int pageStatus(String path, String account) throws Exception {
        return mvc.perform(get(path).session(session(account))).andReturn().getResponse().getStatus();
    }

    private MockHttpSession session(String account) throws Exception {
        MockHttpSession session = sessions.get(account);
        if (session == null) {
            session = (MockHttpSession) mvc.perform(formLogin("/login").user(account).password(password))
                    .andReturn().getRequest().getSession(false);
            sessions.put(account, session);
        }
        return session;
    }

    private JsonNode upload(String csv, String name, String account, int expected) throws Exception {
        MvcResult r = mvc.perform(multipart(UPLOAD).file(new MockMultipartFile("file", name, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(httpBasic(account, password)).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode read(String path, String account) throws Exception {
        MvcResult r = mvc.perform(get(path).with(httpBasic(account, password))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(String path, String account) throws Exception {
        return mvc.perform(get(path).with(httpBasic(account, password))).andReturn().getResponse().getStatus();
    }

    private static List<String> where(JsonNode report) {
        List<String> where = new ArrayList<>();
        report.path("errors").forEach(e -> where.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        return where;
    }

    private static void assertQuartiles(JsonNode q, String q1, String median, String q3) {
        assertThat(q.path("q1").decimalValue()).as("q1 " + q).isEqualByComparingTo(q1);
        assertThat(q.path("median").decimalValue()).as("median " + q).isEqualByComparingTo(median);
        assertThat(q.path("q3").decimalValue()).as("q3 " + q).isEqualByComparingTo(q3);
    }

    private static void assertDepartment(JsonNode d, int organisation, int department, String total, String median,
                                         String distance, String pct) {
        String key = organisation + "-" + department;
        assertThat(d.path("organisationNo").asInt() + "-" + d.path("departmentNo").asInt()).isEqualTo(key);
        assertThat(d.path("costsPerM2").path("total").decimalValue()).as(key).isEqualByComparingTo(total);
        assertThat(d.path("groupMedianPerM2").decimalValue()).as(key).isEqualByComparingTo(median);
        assertThat(d.path("distanceToMedianPerM2").decimalValue()).as(key).isEqualByComparingTo(distance);
        assertThat(d.path("distanceToMedianPct").decimalValue()).as(key).isEqualByComparingTo(pct);
    }

    /** Every row of the operating-cost tables and the spine, as text. */
    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("opcost.cost", "opcost.cost_year", "opcost.department_figure",
                "opcost.group_figure", "opcost.organisation_figure", "housing.organisation", "housing.department")) {
            rows.addAll(jdbc.sql("select '" + table + ":' || t::text from " + table + " t order by 1")
                    .query(String.class).list());
        }
        return rows;
    }
}
