package dk.almenmonitor.citylevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.area.Area;
import dk.almenmonitor.area.AreaKind;
import dk.almenmonitor.area.Areas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The københavnerniveau through HTTP: the illustrative seed, {@code POST /api/v1/imports/area-indicators},
 * {@code GET /api/v1/areas/{code}/citylevel}, {@code PUT /api/v1/areas/{code}/goals/{indicator}} and the two pages.
 * Shares the default context; its own test area {@code TEST-BY} keeps the seed's six areas as they are, and the city
 * values it is measured against are the seed's (2016: 20,5 · 17,1 · 13,6 · 15,9 · 40,2; 2017: 19,9 · 16,6 · 13,3 ·
 * 16,3 · 40,0).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CityLevelIntegrationTests {

    static final String IMPORT = "/api/v1/imports/area-indicators";
    static final String AREA = "TEST-BY";
    static final RequestPostProcessor ADMIN = user("sekretariat").roles("ADMIN");
    static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");
    static final RequestPostProcessor EDITOR = user("tmf").roles("EDITOR");
    static final RequestPostProcessor READER = user("laeser").roles("READER");

    /**
     * Gaps 2016 → 2017: outside 10 → 5 (exactly half: halved), education 8 → 4,1 (not), income 6 → 3 (exactly half),
     * non-western 4 → 2,1 (not), dwelling area 6 → 3 (34,2 → 37,0 m² against 40,2 → 40,0: exactly half). 3 of 5.
     */
    static final String GOOD = """
            omraade_kode;aar;indikator;vaerdi
            TEST-BY;2016;uden_for_arbejdsmarkedet;30,5
            TEST-BY;2016;uden_uddannelse;25,1
            TEST-BY;2016;lav_indkomst;19,6
            TEST-BY;2016;ikke_vestlig_oprindelse;19,9
            TEST-BY;2016;boligareal_pr_beboer;34,2
            test-by;2017;uden_for_arbejdsmarkedet;24,9
            TEST-BY;2017;uden_uddannelse;20,7
            TEST-BY;2017;lav_indkomst;16,3
            TEST-BY;2017;ikke_vestlig_oprindelse;18,4
            TEST-BY;2017;Boligareal_pr_beboer;37
            TEST-BY;2015;lav_indkomst;..
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Areas areas;

    @BeforeEach
    void registerTheTestAreas() {
        areas.register(new Area(AREA, "Testbyen", AreaKind.URBAN_AREA, 101));
        areas.register(new Area("TEST-BOLIG", "Testboligområdet", AreaKind.HOUSING_AREA, 101));
    }

    @Test
    @Order(1)
    void theIllustrativeSeedGivesTheSixUrbanAreasAgainstTheCityLabelledIllustrative() throws Exception {
        assertThat(areas.ofKind(AreaKind.URBAN_AREA).stream().map(Area::code).toList()).contains("KBH-BISPEBJERG",
                "KBH-NOERREBRO", "KBH-TINGBJERG", "KBH-SYDHAVN", "KBH-AMAGER", "KBH-VALBY");
        JsonNode n = api("KBH-NOERREBRO", "", READER, 200);
        assertThat(n.path("illustrative").asBoolean()).isTrue();
        assertThat(n.path("cityCode").asString()).isEqualTo("KBH");
        assertThat(n.path("baselineYear").asInt()).isEqualTo(2016);
        assertThat(n.path("criteria")).hasSize(5);
        JsonNode outside = criterion(n, "uden_for_arbejdsmarkedet");
        assertThat(outside.path("years")).hasSize(4);
        // 2016: 29,2 against 20,5; 2017: 27,7 against 19,9.
        assertThat(outside.path("gapBaseline").decimalValue()).isEqualByComparingTo("8.7");
        assertThat(outside.path("currentYear").asInt()).isEqualTo(2017);
        assertThat(outside.path("gapNow").decimalValue()).isEqualByComparingTo("7.8");
        assertThat(outside.path("halved").asBoolean()).isFalse();
        String report = jdbc.sql("select details::text from imports.import_record where dataset = 'area-indicators' "
                + "and imported_by = 'illustrative-data' order by imported_at limit 1").query(String.class).single();
        assertThat(report).contains("\"synthetic\": true");
    }

    @Test
    @Order(2)
    void aBadFileIsRejectedWithRowAndColumnAndChangesNothingAndOnlyImportersMayImport() throws Exception {
        List<String> before = snapshot();
        JsonNode missing = upload("omraade_kode;aar;indikator\nTEST-BY;2016;lav_indkomst\n", STEWARD, 422);
        assertThat(missing.path("errors").get(0).path("row").asInt()).isEqualTo(1);
        assertThat(missing.path("errors").get(0).path("column").asString()).isEqualTo("vaerdi");

        JsonNode report = upload("""
                omraade_kode;aar;indikator;vaerdi
                TEST-BY;2016;lav_indkomst;19,6
                UKENDT;2016;lav_indkomst;19,6
                TEST-BOLIG;2016;lav_indkomst;19,6
                TEST-BY;1899;lav_indkomst;19,6
                TEST-BY;2016;beboere;19,6
                TEST-BY;2016;uden_uddannelse;101
                TEST-BY;2016;boligareal_pr_beboer;mange
                TEST-BY;2016;uden_for_arbejdsmarkedet;12,34567
                test-by;2016;lav_indkomst;19,7
                """, STEWARD, 422);
        List<String> where = new ArrayList<>();
        report.path("errors").forEach(e -> where.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        assertThat(where).containsExactly("3:omraade_kode", "4:omraade_kode", "5:aar", "6:indikator", "7:vaerdi",
                "8:vaerdi", "9:vaerdi", "10:omraade_kode");
        assertThat(report.path("errors").get(0).path("message").asString()).contains("UKENDT");
        assertThat(report.path("errors").get(7).path("message").asString()).contains("række 2");
        assertThat(snapshot()).as("nothing stored").isEqualTo(before);

        for (RequestPostProcessor who : List.of(READER, EDITOR)) {
            MvcResult r = mvc.perform(multipart(IMPORT).file(file(GOOD)).with(who).with(csrf())).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aGoodFileGivesTheGapsAndThreeOfFiveHalvedMeetsThePolicy() throws Exception {
        JsonNode report = upload(GOOD, STEWARD, 200);
        assertThat(report.path("counts").path("created").asInt()).isEqualTo(10);
        assertThat(report.path("counts").path("missing").asInt()).isEqualTo(1);
        JsonNode n = api(AREA, "", READER, 200);
        assertThat(n.path("illustrative").asBoolean()).as("the city values are the illustrative seed's").isTrue();
        assertThat(criterion(n, "uden_for_arbejdsmarkedet").path("gapNow").decimalValue()).isEqualByComparingTo("5");
        assertThat(criterion(n, "uden_for_arbejdsmarkedet").path("halved").asBoolean()).isTrue();
        assertThat(criterion(n, "uden_uddannelse").path("halved").asBoolean()).isFalse();
        assertThat(criterion(n, "lav_indkomst").path("halved").asBoolean()).isTrue();
        assertThat(criterion(n, "ikke_vestlig_oprindelse").path("halved").asBoolean()).isFalse();
        JsonNode dwelling = criterion(n, "boligareal_pr_beboer");
        assertThat(dwelling.path("gapBaseline").decimalValue()).as("less area is worse").isEqualByComparingTo("6");
        assertThat(dwelling.path("gapNow").decimalValue()).isEqualByComparingTo("3");
        assertThat(dwelling.path("halved").asBoolean()).isTrue();
        assertThat(n.path("halvedCount").asInt()).isEqualTo(3);
        assertThat(n.path("policyMet").asBoolean()).isTrue();

        List<String> before = snapshot();
        assertThat(upload(GOOD, STEWARD, 200).path("counts").path("unchanged").asInt()).isEqualTo(10);
        assertThat(snapshot()).as("the same file twice changes nothing").isEqualTo(before);

        upload("omraade_kode;aar;indikator;vaerdi\nTEST-BY;2017;lav_indkomst;16,4\n", STEWARD, 200);
        JsonNode revised = api(AREA, "", READER, 200);
        assertThat(criterion(revised, "lav_indkomst").path("halved").asBoolean()).as("3,1 > 3").isFalse();
        assertThat(revised.path("halvedCount").asInt()).isEqualTo(2);
        assertThat(revised.path("policyMet").asBoolean()).isFalse();

        api("UKENDT", "", READER, 404);
        api("TEST-BOLIG", "", READER, 404);
        api(AREA, "?asOf=31-12-2017", READER, 400);
    }

    @Test
    @Order(4)
    void onlyTheSecretariatSetsGoalsAndEachIsEvaluatedByTheTargetRules() throws Exception {
        String halve = "{\"kind\":\"HALVE_GAP\",\"dueYear\":2017}";
        for (RequestPostProcessor who : List.of(READER, EDITOR, STEWARD)) {
            putGoal(AREA, "uden_uddannelse", halve, who, 403);
        }
        assertThat(goals()).isEmpty();

        // Education: the gap 4,1 in 2017 against at most ½ · 8 = 4 → not met once 2017 has ended.
        JsonNode g = putGoal(AREA, "uden_uddannelse", halve, ADMIN, 200);
        assertThat(g.path("kind").asString()).isEqualTo("HALVE_GAP");
        // The dwelling area: at least 37 m² by 2017 → met; at least 38 m² by 2025 → off track as of 2018.
        putGoal(AREA, "boligareal_pr_beboer", "{\"kind\":\"TARGET_VALUE\",\"targetValue\":37,\"dueYear\":2017}", ADMIN, 200);
        putGoal(AREA, "uden_for_arbejdsmarkedet",
                "{\"kind\":\"TARGET_VALUE\",\"targetValue\":26.5,\"dueYear\":2025,\"note\":\"Delmål\"}", ADMIN, 200);
        JsonNode n = api(AREA, "?asOf=2018-01-01", READER, 200);
        JsonNode education = criterion(n, "uden_uddannelse").path("goal");
        assertThat(education.path("evaluation").path("status").asString()).isEqualTo("NOT_MET");
        assertThat(education.path("evaluation").path("target").path("value").decimalValue()).isEqualByComparingTo("4");
        assertThat(education.path("evaluation").path("explanation").asString()).contains("4,1");
        assertThat(criterion(n, "boligareal_pr_beboer").path("goal").path("evaluation").path("status").asString())
                .isEqualTo("MET");
        JsonNode outside = criterion(n, "uden_for_arbejdsmarkedet").path("goal");
        assertThat(outside.path("note").asString()).isEqualTo("Delmål");
        assertThat(outside.path("evaluation").path("status").asString()).as("24,9 ≤ 26,5 before 2025").isEqualTo("ON_TRACK");
        assertThat(criterion(n, "lav_indkomst").path("goal").isNull()).isTrue();

        putGoal(AREA, "uden_uddannelse", "{\"dueYear\":2017}", ADMIN, 400);
        putGoal(AREA, "uden_uddannelse", "{\"kind\":\"HALVE_GAP\",\"targetValue\":3,\"dueYear\":2017}", ADMIN, 400);
        putGoal(AREA, "uden_uddannelse", "{\"kind\":\"TARGET_VALUE\",\"dueYear\":2017}", ADMIN, 400);
        putGoal(AREA, "uden_uddannelse", "{\"kind\":\"TARGET_VALUE\",\"targetValue\":101,\"dueYear\":2017}", ADMIN, 400);
        putGoal(AREA, "uden_uddannelse", "{\"kind\":\"HALVE_GAP\",\"dueYear\":1999}", ADMIN, 400);
        putGoal(AREA, "uden_uddannelse", "{\"kind\":\"HALVE_GAP\",\"dueYear\":2025,\"note\":\"" + "x".repeat(501)
                + "\"}", ADMIN, 400);
        putGoal(AREA, "beboere", halve, ADMIN, 404);
        putGoal("UKENDT", "uden_uddannelse", halve, ADMIN, 404);
        assertThat(goals()).hasSize(3);
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'AREA_GOAL_SET' and subject like ?")
                .param("area/" + AREA + "/goal/%").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    @Order(5)
    void thePagesShowTheGapsTheChartsAndTheGoalsAndOnlyTheSecretariatGetsTheForm() throws Exception {
        String overview = page("/omraader/koebenhavnerniveau", READER);
        assertThat(overview).contains("Nørrebro").contains("Testbyen").contains("Syntetiske data")
                .contains("/omraader/KBH-NOERREBRO/koebenhavnerniveau").contains("Ikke halveret").contains("2 af 5");
        String area = page("/omraader/" + AREA + "/koebenhavnerniveau", READER);
        assertThat(area).contains("Testbyen mod københavnerniveau").contains("<svg").contains("Vis tallene som tabel")
                .contains("+4,1 procentpoint").contains("Mindst 37 m² senest i 2017")
                .doesNotContain("name=\"targetValue\"");
        assertThat(page("/omraader/" + AREA + "/koebenhavnerniveau", ADMIN)).contains("name=\"targetValue\"");

        MvcResult denied = mvc.perform(post("/omraader/" + AREA + "/koebenhavnerniveau/maal").with(READER).with(csrf())
                .param("indicator", "lav_indkomst").param("kind", "HALVE_GAP").param("dueYear", "2025")).andReturn();
        assertThat(denied.getResponse().getStatus()).isEqualTo(403);
        MvcResult bad = mvc.perform(post("/omraader/" + AREA + "/koebenhavnerniveau/maal").with(ADMIN).with(csrf())
                .param("indicator", "lav_indkomst").param("kind", "TARGET_VALUE").param("targetValue", "mange")
                .param("dueYear", "2025")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("„mange“ er ikke et tal");
        assertThat(goals()).hasSize(3);
        MvcResult saved = mvc.perform(post("/omraader/" + AREA + "/koebenhavnerniveau/maal").with(ADMIN).with(csrf())
                .param("indicator", "lav_indkomst").param("kind", "TARGET_VALUE").param("targetValue", "15,5")
                .param("dueYear", "2025")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(goals()).hasSize(4).anyMatch(g -> g.contains("lav_indkomst") && g.contains("15.5"));
        page("/omraader/UKENDT/koebenhavnerniveau", READER, 404);
    }

    private JsonNode criterion(JsonNode view, String indicator) {
        for (JsonNode c : view.path("criteria")) {
            if (c.path("indicator").asString().equals(indicator)) {
                return c;
            }
        }
        throw new AssertionError("no " + indicator + " in " + view);
    }

    private JsonNode api(String code, String query, RequestPostProcessor who, int expected) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/areas/" + code + "/citylevel" + query).with(who)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode putGoal(String code, String indicator, String body, RequestPostProcessor who, int expected)
            throws Exception {
        MvcResult r = mvc.perform(put("/api/v1/areas/" + code + "/goals/" + indicator).with(who).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return page(path, who, 200);
    }

    private String page(String path, RequestPostProcessor who, int expected) throws Exception {
        MvcResult r = mvc.perform(get(path).with(who)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(expected);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode upload(String csv, RequestPostProcessor who, int expected) throws Exception {
        MvcResult r = mvc.perform(multipart(IMPORT).file(file(csv)).with(who).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "omraadeindikatorer.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> snapshot() {
        return jdbc.sql("select to_jsonb(t)::text from citylevel.value t order by 1").query(String.class).list();
    }

    private List<String> goals() {
        return jdbc.sql("select to_jsonb(t)::text from citylevel.goal t where area_code = ? order by 1").param(AREA)
                .query(String.class).list();
    }
}
