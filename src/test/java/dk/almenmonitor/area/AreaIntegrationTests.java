package dk.almenmonitor.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dk.almenmonitor.agreement.AgreementCatalog;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The area module through HTTP: the embedded default's areas and illustrative criteria, POST
 * /api/v1/imports/area-criteria (access, rejection, the 2016 and 2017 lists), the list and register APIs, the goal's
 * evaluation from the counts, and the pages.
 */
@SpringBootTest(properties = {"almen.test.context=area", "almen.demo.areas=true"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AreaIntegrationTests {

    static final String PATH = "/api/v1/imports/area-criteria";
    static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");
    static final RequestPostProcessor READER = user("laeser").roles("READER");
    static final String HEADER = "aar;omraade_kode;omraade_navn;kommunekode;beboere;ikke_vestlige_pct;uden_for_pct;"
            + "doemte_pct;doemte_landsgns_pct;grundskole_pct;indkomst_pct\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Areas areas;
    @Autowired
    AgreementCatalog catalog;

    @Test
    @Order(1)
    void theEmbeddedDefaultHasTheAreasAndIllustrativeListsOf2013To2017() throws Exception {
        assertThat(areas.ofKind(AreaKind.URBAN_AREA)).extracting(Area::code, Area::name).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("KBH-BISPEBJERG", "Bispebjerg/Nordvest"),
                org.assertj.core.groups.Tuple.tuple("KBH-NOERREBRO", "Nørrebro"),
                org.assertj.core.groups.Tuple.tuple("KBH-TINGBJERG", "Tingbjerg-Husum"),
                org.assertj.core.groups.Tuple.tuple("KBH-SYDHAVN", "Sydhavnen"),
                org.assertj.core.groups.Tuple.tuple("KBH-AMAGER", "Amager Øst/Urbanplanen"),
                org.assertj.core.groups.Tuple.tuple("KBH-VALBY", "Valby/Vigerslev"));
        assertThat(areas.ofKind(AreaKind.URBAN_AREA)).allMatch(a -> a.municipality() == 101);

        JsonNode y2013 = api("/api/v1/area-lists/2013", 200);
        assertThat(y2013.path("ruleSet").asString()).isEqualTo("2013-2017");
        assertThat(y2013.path("illustrative").asBoolean()).isTrue();
        assertThat(codes(y2013)).containsExactlyInAnyOrder("LUNDTOFTEGADE", "MJOELNERPARKEN", "BISPEPARKEN",
                "STAEREVEJ", "DEGNEGAARDEN", "TINGBJERG-UTTERSLEVHUSE");
        assertThat(y2013.path("areas").get(0).path("category").asString()).isEqualTo("UDSAT");
        assertThat(codes(api("/api/v1/area-lists/2015", 200))).containsExactlyInAnyOrder("MJOELNERPARKEN",
                "BISPEPARKEN", "TINGBJERG-UTTERSLEVHUSE");
        assertThat(codes(api("/api/v1/area-lists/2017", 200))).containsExactlyInAnyOrder("MJOELNERPARKEN",
                "BISPEPARKEN", "TINGBJERG-UTTERSLEVHUSE", "GADELANDET-HUSUMGAARD");
        assertThat(observation("2015-12-01")).as("illustrative values never become observations").isEqualTo("3");
        assertThat(observation("2017-12-01")).isNull();
    }

    @Test
    @Order(2)
    void aBadFileIsRejectedWithRowAndColumnAndChangesNothingAndOnlyStewardsImport() throws Exception {
        List<String> before = snapshot();
        JsonNode missing = upload("aar;omraade_kode;omraade_navn\n2016;X;Y\n", STEWARD, 422);
        assertThat(missing.path("errors").get(0).path("row").asInt()).isEqualTo(1);
        assertThat(missing.path("errors").get(0).path("column").asString()).isEqualTo("kommunekode");
        assertThat(missing.path("errors").get(0).path("message").asString()).as("the columns in the dataset's order")
                .endsWith("(" + HEADER.strip() + ").");

        JsonNode report = upload(HEADER
                + "2016;NYT-OMRAADE;Nyt område;0101;1200;55,0;45;2;1;40;50\n"
                + "2009;GAMMEL;Gammel;0101;1200;55;45;2;1;40;50\n"
                + "2016;MJOELNERPARKEN;Mjølnerparken;0101;1750;mange;48;3;1;56;45\n"
                + "2016;KBH-TINGBJERG;Tingbjerg-Husum;0101;1750;60;48;3;1;56;45\n"
                + "2016;BISPEPARKEN;Bispeparken;0101;1400;101;44;2,9;1;55;50\n"
                + "2016;MJOELNERPARKEN;Mjølnerparken;0101;1750;82;48;3;1;56;45\n"
                + "2016;MJOELNERPARKEN;Mjølnerparken;0101;1750;82;48;3;1;56;45\n", STEWARD, 422);
        List<String> where = new ArrayList<>();
        report.path("errors").forEach(e -> where.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        assertThat(where).containsExactly("3:aar", "4:ikke_vestlige_pct", "5:omraade_kode", "6:ikke_vestlige_pct",
                "8:omraade_kode");
        assertThat(snapshot()).as("nothing changed, not even the new area of row 2").isEqualTo(before);
        assertThat(areas.find("NYT-OMRAADE")).isEmpty();

        for (RequestPostProcessor who : List.of(READER, user("tmf").roles("EDITOR"))) {
            MvcResult r = mvc.perform(multipart(PATH).file(new MockMultipartFile("file", "x.csv", "text/csv",
                    seedYear(2016).getBytes(StandardCharsets.UTF_8))).with(who).with(csrf())).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(403);
            MvcResult areasImport = mvc.perform(multipart("/api/v1/imports/areas").file(new MockMultipartFile("file",
                    "x.csv", "text/csv", "omraade_kode;omraade_navn;type;kommunekode\nA;B;byomraade;0101\n"
                    .getBytes(StandardCharsets.UTF_8))).with(who).with(csrf())).andReturn();
            assertThat(areasImport.getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aCriteriaFileForList2016ReproducesItsMemberships() throws Exception {
        String file = seedYear(2016) + "2016;NYT-OMRAADE;Nyt område;0147;999;90;90;9;1;90;10\n";
        JsonNode report = upload(file, STEWARD, 200);
        assertThat(report.path("counts").path("updated").asInt()).as("the illustrative rows, now imported").isEqualTo(7);
        assertThat(report.path("counts").path("created").asInt()).isEqualTo(1);
        assertThat(report.path("areasCreated").asInt()).isEqualTo(1);
        assertThat(report.path("listed").path("2016").asInt()).isEqualTo(3);
        assertThat(areas.find("NYT-OMRAADE")).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(AreaKind.HOUSING_AREA);
            assertThat(a.municipality()).isEqualTo(147);
        });

        JsonNode list = api("/api/v1/area-lists/2016", 200);
        assertThat(list.path("year").asInt()).isEqualTo(2016);
        assertThat(list.path("ruleSet").asString()).isEqualTo("2013-2017");
        assertThat(list.path("illustrative").asBoolean()).isFalse();
        assertThat(codes(list)).containsExactlyInAnyOrder("MJOELNERPARKEN", "BISPEPARKEN", "TINGBJERG-UTTERSLEVHUSE");
        JsonNode mjoelner = find(list, "MJOELNERPARKEN");
        assertThat(mjoelner.path("name").asString()).isEqualTo("Mjølnerparken");
        assertThat(mjoelner.path("category").asString()).isEqualTo("GHETTO");
        assertThat(mjoelner.path("criteriaMet").toString()).contains("\"criterion\":\"NON_WESTERN\"")
                .contains("\"threshold\":\"> 50\"").contains("\"criterion\":\"RESIDENTS\"");
        assertThat(observation("2016-12-01")).as("the seed's 3 kept; equal, so no warning").isEqualTo("3");
        assertThat(report.path("warnings").toString()).doesNotContain("2016:");

        JsonNode register = api("/api/v1/areas?year=2016", 200);
        JsonNode urban = find(register, "KBH-TINGBJERG");
        assertThat(urban.path("kind").asString()).isEqualTo("URBAN_AREA");
        assertThat(urban.path("hasValues").asBoolean()).isFalse();
        assertThat(urban.path("category").isNull()).isTrue();
        assertThat(find(register, "LUNDTOFTEGADE").path("category").isNull()).isTrue();
        assertThat(find(register, "NYT-OMRAADE").path("hasValues").asBoolean()).isTrue();

        List<String> before = snapshot();
        JsonNode again = upload(file, STEWARD, 200);
        assertThat(again.path("counts").path("unchanged").asInt()).isEqualTo(8);
        assertThat(snapshot()).as("the same file twice changes nothing").isEqualTo(before);
    }

    @Test
    @Order(4)
    void theGoalEvaluatesFromTheCounts() throws Exception {
        JsonNode report = upload(seedYear(2017), STEWARD, 200);
        assertThat(report.path("listed").path("2017").asInt()).isEqualTo(4);
        assertThat(report.path("observations").path("created").asInt()).as("the total and the rule set's two categories")
                .isEqualTo(3);
        assertThat(observation("2017-12-01")).isEqualTo("4");
        assertThat(observation("2017-12-01", "kategori=ghetto")).isEqualTo("4");
        assertThat(observation("2017-12-01", "kategori=udsat")).as("no area of 2017 is 'særligt udsat'").isEqualTo("0");

        long goal = catalog.goals("kk-bl1-2015-2018").stream().filter(g -> g.title().replaceAll("\\s+", " ")
                .startsWith("At reducere antallet af udsatte og særligt udsatte boligområder")).findFirst()
                .orElseThrow().id();
        JsonNode e = api("/api/v1/goals/" + goal + "/evaluation?asOf=2017-12-31", 200);
        assertThat(e.path("latest").isObject()).as(e.toString()).isTrue();
        assertThat(e.path("baseline").decimalValue()).isEqualByComparingTo("6");
        assertThat(e.path("latest").path("value").decimalValue()).as("the 2017 count").isEqualByComparingTo("4");
        assertThat(e.path("latest").path("measured").decimalValue().doubleValue()).isBetween(-33.4, -33.3);
    }

    @Test
    @Order(5)
    void badYearsAre400AndYearsWithoutValues404() throws Exception {
        assertThat(api("/api/v1/area-lists/2009", 400).path("detail").asString()).contains("2010");
        assertThat(api("/api/v1/area-lists/abc", 400).path("detail").asString()).contains("abc");
        assertThat(api("/api/v1/area-lists/2030", 404).path("detail").asString()).as("a year, not 2.030")
                .contains("listeåret 2030.");
        api("/api/v1/areas?year=20166", 400);
    }

    @Test
    @Order(5)
    void anAreaCodeThatIsNoAddressSegmentIsAnErrorAtItsRowAndChangesNothing() throws Exception {
        List<String> before = snapshot();
        JsonNode report = upload(HEADER
                + "2016;../../etc;Sti;0101;1200;55;45;2;1;40;50\n"
                + "2016;A/B;Skråstreg;0101;1200;55;45;2;1;40;50\n"
                + "2016;.SKJULT;Punktum;0101;1200;55;45;2;1;40;50\n"
                + "99999;BISPEPARKEN;Bispeparken;0101;1400;50;44;2,9;1;55;50\n", STEWARD, 422);
        List<String> where = new ArrayList<>();
        report.path("errors").forEach(e -> where.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        assertThat(where).containsExactly("2:omraade_kode", "3:omraade_kode", "4:omraade_kode", "5:aar");
        assertThat(report.path("errors").get(3).path("message").asString()).contains("Listeåret 99999 ");
        MvcResult areasImport = mvc.perform(multipart("/api/v1/imports/areas").file(new MockMultipartFile("file",
                "x.csv", "text/csv", "omraade_kode;omraade_navn;type;kommunekode\n../x;B;byomraade;0101\n"
                .getBytes(StandardCharsets.UTF_8))).with(STEWARD).with(csrf())).andReturn();
        assertThat(areasImport.getResponse().getStatus()).isEqualTo(422);
        assertThat(areasImport.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("omraade_kode");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(areas.find("../../etc")).isEmpty();
        assertThat(areas.find("../x")).isEmpty();
    }

    @Test
    @Order(6)
    void thePagesShowTheListTheAreaAndTheCount() throws Exception {
        String list = page("/omraader?aar=2016", 200);
        assertThat(list).contains("Mjølnerparken").contains("Ghettoområde").contains("Reglerne for 2013–2017")
                .contains("✓ &gt; 50").doesNotContain("Illustrative værdier");
        assertThat(page("/omraader?aar=2013", 200)).contains("Særligt udsat boligområde").contains("Illustrative værdier");
        assertThat(page("/omraader", 200)).contains("Listen 1. december 2017: 4 områder på listen");
        page("/omraader?aar=abc", 400);

        String area = page("/omraader/MJOELNERPARKEN", 200);
        assertThat(area).contains("Mjølnerparken").contains("2013").contains("2017").contains("Illustrative værdier")
                .doesNotContain("koebenhavnerniveau");
        assertThat(page("/omraader/KBH-TINGBJERG", 200)).contains("/omraader/KBH-TINGBJERG/koebenhavnerniveau");
        page("/omraader/FINDES-IKKE", 404);

        String count = page("/omraader/antal", 200);
        assertThat(count).contains("Mål 2018: højst 4").contains("omraader-graf").contains("Illustrative værdier");
    }

    private String page(String path, int status) throws Exception {
        MvcResult r = mvc.perform(get(path).with(READER)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(status);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The seed file's rows of one list year, with its header. */
    static String seedYear(int year) throws IOException {
        try (InputStream in = new ClassPathResource(AreaSeedLoader.CRITERIA).getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.get(0) + "\n" + lines.stream().filter(l -> l.startsWith(year + ";"))
                    .collect(Collectors.joining("\n")) + "\n";
        }
    }

    private JsonNode upload(String csv, RequestPostProcessor who, int status) throws Exception {
        MvcResult r = mvc.perform(multipart(PATH).file(new MockMultipartFile("file", "kriterier.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(who).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode api(String path, int status) throws Exception {
        MvcResult r = mvc.perform(get(path).with(READER)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path + " " + r.getResponse().getContentAsString()).isEqualTo(status);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> codes(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.path("areas").forEach(a -> out.add(a.path("code").asString()));
        return out;
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode a : list.path("areas")) {
            if (a.path("code").asString().equals(code)) {
                return a;
            }
        }
        throw new AssertionError("no " + code);
    }

    private String observation(String period) {
        return observation(period, "");
    }

    private String observation(String period, String dimension) {
        return jdbc.sql("select value from indicator.observation where indicator_code = 'udsatte-omraader' "
                        + "and period = ? and dimension = ?").params(period, dimension).query(String.class).optional()
                .map(v -> new java.math.BigDecimal(v).stripTrailingZeros().toPlainString()).orElse(null);
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("select concat_ws('|', code, name, kind, municipality) from area.area order by code")
                .query(String.class).list());
        rows.addAll(jdbc.sql("select concat_ws('|', area_code, list_year, residents, non_western, import_id, "
                + "illustrative) from area.criteria order by area_code, list_year").query(String.class).list());
        rows.addAll(jdbc.sql("select concat_ws('|', area_code, list_year, rule_set, category) from area.classification "
                + "order by area_code, list_year").query(String.class).list());
        rows.addAll(jdbc.sql("select concat_ws('|', indicator_code, period, value) from indicator.observation "
                + "order by 1").query(String.class).list());
        return rows;
    }
}
