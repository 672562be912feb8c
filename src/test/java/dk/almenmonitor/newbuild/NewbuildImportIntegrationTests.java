package dk.almenmonitor.newbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/imports/newbuild, GET /api/v1/housing/newbuild and the page /data/nybyggeri. The context (and
 * database) is shared with the eviction tests, which touch other tables and another indicator.
 */
@SpringBootTest(properties = "almen.test.context=housing-newbuild-eviction")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewbuildImportIntegrationTests {

    static final String PATH = "/api/v1/imports/newbuild";
    static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");
    static final RequestPostProcessor READER = user("laeser").roles("READER");

    /**
     * Hand-checked: Skema A 2014 ældre 80 (P5); 2015 familie 200 (P1), ungdom 300 (P4); 2016 familie 100 + 50 (P2,
     * P3). Since 1 January 2015: 500 by the end of 2015, 650 by the end of 2016. Family dwellings in
     * urban-development areas with Skema A since 2015: 200 (20 small) in 2015 = 10,0 %; 300 (25 small) in 2016 =
     * 8,3 % (P3 is not in such an area, P6 has no Skema A). Stages at the end of 2016: P1 B, P2 and P3 A, P4 and P5 C,
     * P6 none.
     */
    static final String GOOD = """
            projekt_id;organisationsnr;navn;postnr;boligtype;boliger;smaa_billige;byudviklingsomraade;skema_a;skema_b;skema_c
            P1;101;Ørestad Syd;2300;familie;200;20;ja;2015-03-01;2016-02-01;
            P2;102;Nordhavn;2150;familie;100;5;ja;15.06.2016;;
            P3;103;Valby;2500;familie;50;10;nej;2016-09-01;;
            P4;104;Kollegiet;2400;ungdom;300;0;nej;2015-10-01;2016-05-01;2016-12-01
            P5;105;Plejeboliger;2450;ældre;80;;nej;2014-11-01;2015-06-01;2016-03-01
            P6;106;Idéfase;2200;familie;40;4;ja;;;
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void aBadFileIsRejectedWithRowAndColumnAndChangesNothing() throws Exception {
        List<String> before = snapshot();
        JsonNode missing = upload("projekt_id;organisationsnr;postnr;boligtype;byudviklingsomraade\nP1;1;2300;familie;ja\n"
                .getBytes(StandardCharsets.UTF_8), STEWARD, 422);
        assertThat(missing.path("errors").get(0).path("row").asInt()).isEqualTo(1);
        assertThat(missing.path("errors").get(0).path("column").asString()).isEqualTo("boliger");

        String bad = """
                projekt_id;organisationsnr;navn;postnr;boligtype;boliger;smaa_billige;byudviklingsomraade;skema_a;skema_b;skema_c
                P1;101;A;2300;familie;200;20;ja;2015-03-01;;
                P2;102;B;2150;familie;mange;5;ja;2016-06-15;;
                P1;103;C;2500;ungdom;50;0;nej;2016-09-01;;
                P4;104;D;2400;villa;30;40;måske;2015-10-01;2014-01-01;
                P5;"105;E;2450;aeldre;80;0;nej;;;
                P6;106;F;2200;familie;40;4;ja;;;
                """;
        JsonNode report = upload(bad.getBytes(Charset.forName("windows-1252")), STEWARD, 422);
        assertThat(report.path("status").asString()).isEqualTo("REJECTED");
        assertThat(report.path("encoding").asString()).isEqualTo("windows-1252");
        List<String> where = new ArrayList<>();
        report.path("errors").forEach(e -> where.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        assertThat(where).startsWith("3:boliger", "4:projekt_id", "5:boligtype", "5:smaa_billige",
                "5:byudviklingsomraade", "5:skema_b");
        assertThat(where.get(where.size() - 1)).as("the broken row").startsWith("6:");
        report.path("errors").forEach(e -> assertThat(e.path("message").asString()).isNotBlank());
        assertThat(snapshot()).as("every table unchanged").isEqualTo(before);
    }

    @Test
    @Order(2)
    void onlyAdminsAndDataStewardsImport() throws Exception {
        for (RequestPostProcessor who : List.of(READER, user("tmf").roles("EDITOR"))) {
            MvcResult r = mvc.perform(multipart(PATH).file(new MockMultipartFile("file", "x.csv", "text/csv",
                    GOOD.getBytes(StandardCharsets.UTF_8))).with(who).with(csrf())).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(403);
        }
        MvcResult none = mvc.perform(get("/api/v1/housing/newbuild").with(READER)).andReturn();
        assertThat(none.getResponse().getStatus()).as("nothing imported yet").isEqualTo(404);
        assertThat(page("/data/nybyggeri")).contains("endnu ikke importeret en projektliste");
    }

    @Test
    @Order(3)
    void aGoodFileGivesTheHandCheckedFiguresAndObservations() throws Exception {
        MvcResult index = mvc.perform(multipart("/api/v1/imports/price-index").file(new MockMultipartFile("file",
                "indeks.csv", "text/csv", "aar;indeks\n2014;100\n2016;102,5\n".getBytes(StandardCharsets.UTF_8)))
                .with(STEWARD).with(csrf())).andReturn();
        assertThat(index.getResponse().getStatus()).as(index.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode report = upload(GOOD.getBytes(StandardCharsets.UTF_8), STEWARD, 200);
        assertThat(report.path("projects").path("created").asInt()).isEqualTo(6);
        String importId = report.path("importId").asString();
        assertThat(report.path("organisationsCreated").asInt()).as("the spine lacked all six").isEqualTo(6);
        assertThat(jdbc.sql("select organisation_no from housing.organisation where organisation_no between 101 and 106"
                + " order by 1").query(Integer.class).list()).containsExactly(101, 102, 103, 104, 105, 106);
        assertThat(jdbc.sql("select count(*) from housing.department where organisation_no between 101 and 106")
                .query(Integer.class).single()).as("projects have no department yet").isZero();

        JsonNode y2016 = api("?year=2016", 200);
        assertThat(y2016.path("importId").asString()).isEqualTo(importId);
        assertThat(y2016.path("fileName").asString()).isEqualTo("projekter.csv");
        assertThat(y2016.path("years").toString()).isEqualTo("[2014,2015,2016]");
        Map<String, Integer> commitments = new LinkedHashMap<>();
        y2016.path("commitments").forEach(c -> commitments.put(c.path("year").asInt() + " "
                + c.path("housingType").asString(), c.path("dwellings").asInt()));
        assertThat(commitments).containsExactly(Map.entry("2014 ELDERLY", 80), Map.entry("2015 FAMILY", 200),
                Map.entry("2015 YOUTH", 300), Map.entry("2016 FAMILY", 150));
        assertThat(y2016.path("committedSince2015").asInt()).isEqualTo(650);
        assertThat(y2016.path("targetDwellings").asInt()).isEqualTo(2000);
        Map<String, String> stages = new LinkedHashMap<>();
        y2016.path("pipeline").forEach(s -> stages.put(s.path("stage").asString(),
                s.path("projects").asInt() + "/" + s.path("dwellings").asInt()));
        assertThat(stages).containsExactly(Map.entry("NONE", "1/40"), Map.entry("A", "2/150"),
                Map.entry("B", "1/200"), Map.entry("C", "2/380"));
        JsonNode small = y2016.path("smallCheap");
        assertThat(small.path("dwellings").asInt()).isEqualTo(300);
        assertThat(small.path("smallCheap").asInt()).isEqualTo(25);
        assertThat(small.path("sharePct").decimalValue()).isEqualByComparingTo("8.3");
        assertThat(small.path("targetPct").decimalValue()).isEqualByComparingTo("10");
        assertThat(small.path("thresholdDkk2014").asInt()).isEqualTo(3200);
        assertThat(small.path("thresholdYear").asInt()).isEqualTo(2016);
        assertThat(small.path("thresholdDkk").asInt()).as("3.200 × 102,5 / 100").isEqualTo(3280);

        JsonNode y2015 = api("?year=2015", 200);
        assertThat(y2015.path("committedSince2015").asInt()).isEqualTo(500);
        assertThat(y2015.path("smallCheap").path("sharePct").decimalValue()).isEqualByComparingTo("10.0");
        assertThat(y2015.path("commitments").size()).isEqualTo(3);
        assertThat(y2015.path("smallCheap").path("thresholdDkk").isNull()).as("no index for 2015").isTrue();

        assertThat(observations("skema-a-tilsagn")).containsEntry("2015-12-31 total", "500")
                .containsEntry("2015-12-31 familie", "200").containsEntry("2015-12-31 ungdom", "300")
                .containsEntry("2015-12-31 aeldre", "0").containsEntry("2016-12-31 total", "650")
                .containsEntry("2016-12-31 familie", "350").containsEntry("2016-11-01 total", "1580");
        assertThat(observations("smaa-billige-andel")).containsExactly(Map.entry("2015 total", "10"),
                Map.entry("2016 total", "8.3"));

        List<String> before = snapshot();
        JsonNode again = upload(GOOD.getBytes(StandardCharsets.UTF_8), STEWARD, 200);
        assertThat(again.path("projects").path("unchanged").asInt()).isEqualTo(6);
        assertThat(again.path("organisationsCreated").asInt()).as("they are there now").isZero();
        assertThat(snapshot()).as("the same file twice changes nothing").isEqualTo(before);
        assertThat(api("?year=2016", 200).path("importId").asString()).as("still the first import").isEqualTo(importId);

        String replaced = GOOD.lines().filter(l -> !l.startsWith("P3;") && !l.startsWith("P6;"))
                .map(l -> l.startsWith("P2;") ? l.replace(";100;5;", ";120;12;") : l)
                .reduce("", (a, b) -> a + b + "\n");
        JsonNode third = upload(replaced.getBytes(StandardCharsets.UTF_8), STEWARD, 200);
        assertThat(third.path("projects").toString()).contains("\"updated\":1").contains("\"removed\":2");
        JsonNode after = api("", 200);
        assertThat(after.path("year").asInt()).as("the latest year by default").isEqualTo(2016);
        assertThat(after.path("importId").asString()).isEqualTo(third.path("importId").asString());
        assertThat(after.path("smallCheap").path("sharePct").decimalValue()).as("32 of 320")
                .isEqualByComparingTo("10.0");
    }

    @Test
    @Order(4)
    void badYearsAre400AndUnknownYears404() throws Exception {
        JsonNode bad = api("?year=sidste", 400);
        assertThat(bad.path("detail").asString()).contains("sidste");
        api("?year=2030", 404);
    }

    @Test
    @Order(5)
    void thePageAndTheCsvShowTheFiguresWithTheIndexedThresholdAndTheGoals() throws Exception {
        String html = page("/data/nybyggeri?year=2016");
        assertThat(html).contains("10,0 %").contains("3.280 kr.").contains("Skema B").contains("projekter.csv")
                .contains("/aftaler/kk-bl1-2015-2018/maal/").contains("<svg").contains("Mål: 2.000 boliger");
        MvcResult csv = mvc.perform(get("/data/nybyggeri.csv?year=2016").with(READER)).andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFmaaling;aar;boligtype").contains("\r\nskema_a_tilsagn;2015;ungdom;;1;300;boliger;")
                .contains("\r\nsmaa_billige_andel;2016;familie;;;10,0;%;")
                .contains("\r\nhuslejegraense_indekseret;2016;;;;3280;kr./md.;");
        assertThat(mvc.perform(get("/data/nybyggeri?year=1800").with(READER)).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    private String page(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(READER)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode api(String query, int expected) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/housing/newbuild" + query).with(READER)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString());
    }

    private Map<String, String> observations(String code) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/indicators/" + code + "/observations").with(READER)).andReturn();
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode o : json.readTree(r.getResponse().getContentAsString())) {
            String type = o.path("dimensions").path("boligtype").asString();
            values.put(o.path("period").asString() + " " + (type.isEmpty() ? "total" : type),
                    o.path("value").decimalValue().stripTrailingZeros().toPlainString());
        }
        return values;
    }

    private JsonNode upload(byte[] content, RequestPostProcessor who, int expected) throws Exception {
        MvcResult r = mvc.perform(multipart(PATH).file(new MockMultipartFile("file", "projekter.csv", "text/csv",
                content)).with(who).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString());
    }

    /** Every row of the module's tables and of the indicator observations. */
    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("newbuild.source", "newbuild.project", "newbuild.commitment", "newbuild.stage",
                "newbuild.year_figures", "indicator.observation", "indicator.observation_revision",
                "housing.organisation")) {
            rows.addAll(jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1").query(String.class).list());
        }
        return rows;
    }
}
