package dk.almenmonitor.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

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
 * POST /api/v1/imports/evictions, GET /api/v1/housing/evictions and the page /data/udsaettelser. The context (and
 * database) is shared with the new-build tests, which touch other tables and other indicators. The seed's
 * observations of udsaettelser (538, 474, 361, 141) are loaded in it.
 */
@SpringBootTest(properties = "almen.test.context=housing-newbuild-eviction")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvictionImportIntegrationTests {

    static final String PATH = "/api/v1/imports/evictions";
    static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");
    static final RequestPostProcessor READER = user("laeser").roles("READER");

    /**
     * Hand-checked for København: 2014 = 474 and 2016-H1 = 141 equal the seed; 2015 = 370 differs from the seed's 361
     * (kept, warned); 2016 = 141 + 150 = 291 from its halves; 2017 = 400 as given although its halves give 405
     * (warned). Frederiksberg (0147) is stored but is not the agreement's municipality.
     */
    static final String GOOD = """
            periode;kommunekode;antal
            2014;0101;474
            2015;101;370
            2016-H1;0101;141
            2016-h2;0101;150
            2017;0101;400
            2017-H1;0101;190
            2017-H2;0101;215
            2016;0147;90
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
        JsonNode missing = upload("periode;kommunekode\n2016;0101\n", STEWARD, 422);
        assertThat(missing.path("errors").get(0).path("row").asInt()).isEqualTo(1);
        assertThat(missing.path("errors").get(0).path("column").asString()).isEqualTo("antal");

        JsonNode report = upload("""
                periode;kommunekode;antal
                2016;0101;300
                2016-H3;0101;12
                2017;0101;mange
                2016;101;301
                2018;"0101;1
                2019;0101;2
                """, STEWARD, 422);
        List<String> where = new ArrayList<>();
        report.path("errors").forEach(e -> where.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        assertThat(where).startsWith("3:periode", "4:antal", "5:periode");
        assertThat(where.get(where.size() - 1)).as("the broken row").startsWith("6:");
        assertThat(report.path("errors").get(2).path("message").asString()).contains("række 2");
        assertThat(snapshot()).as("every table unchanged").isEqualTo(before);

        for (RequestPostProcessor who : List.of(READER, user("tmf").roles("EDITOR"))) {
            MvcResult r = mvc.perform(multipart(PATH).file(new MockMultipartFile("file", "x.csv", "text/csv",
                    GOOD.getBytes(StandardCharsets.UTF_8))).with(who).with(csrf())).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aGoodFileGivesTheHandCheckedFiguresAndLeavesTheSeedObservations() throws Exception {
        JsonNode report = upload(GOOD, STEWARD, 200);
        assertThat(report.path("counts").path("created").asInt()).isEqualTo(8);
        assertThat(report.path("observations").path("created").asInt()).isEqualTo(5);
        assertThat(report.path("keptFromOtherSource").asInt()).isEqualTo(1);
        assertThat(report.path("warnings").toString()).contains("2015: filen giver 370").contains("361")
                .contains("2017: året står med 400 udsættelser, men de to halvår giver 405");

        JsonNode y2016 = api("?year=2016", 200);
        assertThat(y2016.path("municipality").asString()).isEqualTo("0101");
        assertThat(y2016.path("evictions").asInt()).isEqualTo(291);
        assertThat(y2016.path("method").asString()).isEqualTo("HALVES");
        assertThat(y2016.path("halfYears").toString()).contains("\"period\":\"2016-H1\",\"evictions\":141")
                .contains("\"period\":\"2016-H2\",\"evictions\":150");
        assertThat(y2016.path("target").asInt()).isEqualTo(457);
        assertThat(y2016.path("withinTarget").asBoolean()).isTrue();
        assertThat(y2016.path("importId").asString()).isEqualTo(report.path("importId").asString());
        assertThat(api("", 200).path("year").asInt()).as("the latest year by default").isEqualTo(2017);

        assertThat(observations()).containsEntry("2013", "538").containsEntry("2014", "474")
                .containsEntry("2015", "361").containsEntry("2016-H1", "141").containsEntry("2016-H2", "150")
                .containsEntry("2016", "291").containsEntry("2017", "400");

        List<String> before = snapshot();
        JsonNode again = upload(GOOD, STEWARD, 200);
        assertThat(again.path("counts").path("unchanged").asInt()).isEqualTo(8);
        assertThat(snapshot()).as("the same file twice changes nothing").isEqualTo(before);

        JsonNode revised = upload("periode;kommunekode;antal\n2017;0101;460\n", STEWARD, 200);
        assertThat(revised.path("observations").path("revised").asInt()).as("its own observation").isEqualTo(1);
        JsonNode y2017 = api("?year=2017", 200);
        assertThat(y2017.path("evictions").asInt()).isEqualTo(460);
        assertThat(y2017.path("withinTarget").asBoolean()).isFalse();
        assertThat(observations()).containsEntry("2017", "460").containsEntry("2015", "361");
    }

    @Test
    @Order(3)
    void badYearsAre400AndUnknownYears404() throws Exception {
        assertThat(api("?year=2016-H1", 400).path("detail").asString()).contains("2016-H1");
        api("?year=2030", 404);
    }

    @Test
    @Order(4)
    void thePageAndTheCsvShowTheFiguresAgainst457() throws Exception {
        MvcResult page = mvc.perform(get("/data/udsaettelser").with(READER)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Sum af halvårene").contains("1. halvår 2016").contains("<svg")
                .contains("Mål: højst 457").contains("/aftaler/kk-bl1-2015-2018/maal/").contains("udsaettelser.csv");
        assertThat(html).as("the indicator keeps the seed's 361 for 2015").contains(">361<");
        MvcResult csv = mvc.perform(get("/data/udsaettelser.csv").with(READER)).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("\uFEFFperiode;kommunekode")
                .contains("\r\n2016;0101;291;sum_af_halvaar;457;udsaettelser.csv;");
    }

    private JsonNode api(String query, int expected) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/housing/evictions" + query).with(READER)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString());
    }

    private Map<String, String> observations() throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/indicators/udsaettelser/observations").with(READER)).andReturn();
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode o : json.readTree(r.getResponse().getContentAsString())) {
            values.put(o.path("period").asString(), o.path("value").decimalValue().stripTrailingZeros().toPlainString());
        }
        return values;
    }

    private JsonNode upload(String csv, RequestPostProcessor who, int expected) throws Exception {
        MvcResult r = mvc.perform(multipart(PATH).file(new MockMultipartFile("file", "udsaettelser.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(who).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString());
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("eviction.count", "eviction.figure", "indicator.observation",
                "indicator.observation_revision")) {
            rows.addAll(jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1").query(String.class).list());
        }
        return rows;
    }
}
