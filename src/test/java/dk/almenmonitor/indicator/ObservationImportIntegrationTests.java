package dk.almenmonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
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

/** POST /api/v1/imports/observations. Its own application context (and database): it changes observations. */
@SpringBootTest(properties = "almen.test.context=observation-import")
@AutoConfigureMockMvc
class ObservationImportIntegrationTests {

    static final String PATH = "/api/v1/imports/observations";
    static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBadFileIsRejectedWithRowAndColumnAndChangesNothing() throws Exception {
        String csv = """
                indikator;periode;vaerdi;dimension;kilde
                udsaettelser;2016;300;;ok
                findes-ikke;2016;12;;x
                udsaettelser;sidste år;12;;x
                udsaettelser;2017;mange;;x
                """;
        List<String> before = snapshot();
        JsonNode report = upload(csv.getBytes(StandardCharsets.UTF_8), "forkert.csv", STEWARD, 422);
        assertThat(report.path("status").asString()).isEqualTo("REJECTED");
        assertThat(report.path("dataset").asString()).isEqualTo("observations");
        assertThat(report.path("rows").asInt()).isEqualTo(4);
        List<String> where = new ArrayList<>();
        report.path("errors").forEach(e -> where.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        assertThat(where).containsExactly("3:indikator", "4:periode", "5:vaerdi");
        report.path("errors").forEach(e -> assertThat(e.path("message").asString()).isNotBlank());
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);

        MvcResult stored = mvc.perform(get("/api/v1/imports/" + report.path("importId").asString()).with(STEWARD))
                .andReturn();
        assertThat(stored.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(stored.getResponse().getContentAsString())).as("the stored report is the answer")
                .isEqualTo(report);
    }

    @Test
    void aGoodFileIsImportedRevisedWithHistoryAndIdempotent() throws Exception {
        String csv = "\uFEFFkilde;Indikator;periode;værdi;bemærkning;dimension\n"
                + "Test;lav-husleje-boliger;19.01.2018;2.801,0;x;familie\n"
                + "Test;lav-husleje-boliger;2018-01-19;1200;x;boligtype=ungdom\n"
                + "Test;udsaettelser;2016-H2;..;x;\n";
        JsonNode first = upload(csv.getBytes(StandardCharsets.UTF_8), "leje.csv", STEWARD, 200);
        assertThat(first.path("status").asString()).isEqualTo("IMPORTED");
        assertThat(first.path("encoding").asString()).isEqualTo("UTF-8 (BOM)");
        assertThat(first.path("observations").path("created").asInt()).isEqualTo(2);
        assertThat(first.path("warnings").toString()).contains("bemærkning").contains("Række 4");

        List<String> before = snapshot();
        JsonNode again = upload(csv.getBytes(StandardCharsets.UTF_8), "leje.csv", STEWARD, 200);
        assertThat(again.path("observations").path("unchanged").asInt()).isEqualTo(2);
        assertThat(snapshot()).as("importing twice changes nothing").isEqualTo(before);

        String revised = "indikator;periode;vaerdi;dimension;kilde\nlav-husleje-boliger;2018-01-19;2810,5;familie;Rettet\n";
        JsonNode third = upload(revised.getBytes(Charset.forName("windows-1252")), "rettelse.csv",
                user("admin").roles("ADMIN"), 200);
        assertThat(third.path("observations").path("revised").asInt()).isEqualTo(1);
        JsonNode family = null;
        MvcResult r = mvc.perform(get("/api/v1/indicators/lav-husleje-boliger/observations").with(STEWARD)).andReturn();
        for (JsonNode o : json.readTree(r.getResponse().getContentAsString())) {
            if (o.path("period").asString().equals("2018-01-19") && o.path("dimensions").path("boligtype").asString().equals("familie")) {
                family = o;
            }
        }
        assertThat(family.path("value").decimalValue()).isEqualByComparingTo("2810.5");
        assertThat(family.path("version").asInt()).isEqualTo(2);
        assertThat(family.path("revisions").get(0).path("value").decimalValue()).isEqualByComparingTo("2801");
        assertThat(family.path("revisions").get(0).path("replacedBy").asString()).isEqualTo("admin");
    }

    @Test
    void windows1252AndAmbiguousThousandsAreHandled() throws Exception {
        String csv = "indikator;periode;værdi;dimension;kilde\nskema-a-tilsagn;2017-01-01;1.700;boligtype=ældre;Kilde æøå\n";
        JsonNode report = upload(csv.getBytes(Charset.forName("windows-1252")), "a.csv", STEWARD, 422);
        assertThat(report.path("encoding").asString()).isEqualTo("windows-1252");
        assertThat(report.path("errors").get(0).path("column").asString()).isEqualTo("værdi");
        assertThat(report.path("errors").get(0).path("message").asString()).contains("tvetydig");
    }

    @Test
    void missingColumnsAreReportedOnTheHeaderRow() throws Exception {
        JsonNode report = upload("indikator;vaerdi\nudsaettelser;1\n".getBytes(StandardCharsets.UTF_8), "x.csv", STEWARD, 422);
        assertThat(report.path("errors").get(0).path("row").asInt()).isEqualTo(1);
        assertThat(report.path("errors").get(0).path("column").asString()).isEqualTo("periode");
    }

    @Test
    void onlyAdminsAndDataStewardsImport() throws Exception {
        byte[] csv = "indikator;periode;vaerdi\nudsaettelser;2016;1\n".getBytes(StandardCharsets.UTF_8);
        for (RequestPostProcessor who : List.of(user("laeser").roles("READER"), user("tmf").roles("EDITOR"))) {
            MvcResult r = mvc.perform(multipart(PATH).file(new MockMultipartFile("file", "x.csv", "text/csv", csv))
                    .with(who).with(csrf())).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(403);
            assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theLiteralPathWinsOverTheFollowUpDatasetPattern() throws Exception {
        JsonNode report = upload("indikator;periode;vaerdi\n".getBytes(StandardCharsets.UTF_8), "empty.csv", STEWARD, 422);
        assertThat(report.path("dataset").asString()).isEqualTo("observations");
        MvcResult other = mvc.perform(multipart("/api/v1/imports/findes-ikke")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {1}))
                .with(user("admin").roles("ADMIN")).with(csrf())).andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(404);
    }

    // --- hostile and odd files (issue 9): a 4xx with a located Danish problem, nothing stored, the application answers

    @Test
    void aMillionExtraHeaderColumnsAreRejectedBeforeAnythingIsWritten() throws Exception {
        String csv = "indikator;periode;vaerdi;dimension;kilde" + ";x".repeat(1_000_000)
                + "\nalmene-boliger-andel;2016-01-01;20,7;;Rettet\n";
        List<String> before = snapshot();

        MvcResult r = mvc.perform(multipart(PATH).file(new MockMultipartFile("file", "bred.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(STEWARD).with(csrf())).andReturn();

        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(r.getResponse().getContentAsByteArray().length).as("a short answer").isLessThan(5_000);
        JsonNode errors = json.readTree(r.getResponse().getContentAsString()).path("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).path("row").asInt()).isEqualTo(1);
        assertThat(errors.get(0).path("column").asString()).isEqualTo("kolonne 51");
        assertThat(errors.get(0).path("message").asString()).contains("flere end 50 kolonner");
        assertThat(snapshot()).as("the value 20,2 is not revised").isEqualTo(before);
        assertAnswering();
    }

    @Test
    void errorsAndWarningsKeepTheFirstHundredAndSayHowManyMore() throws Exception {
        String missing = "indikator;periode;vaerdi\n" + "udsaettelser;2016;..\n".repeat(150);
        JsonNode imported = upload(missing.getBytes(StandardCharsets.UTF_8), "tomme.csv", STEWARD, 200);
        assertThat(imported.path("warnings").size()).isEqualTo(101);
        assertThat(imported.path("warnings").get(0).asString()).startsWith("Række 2:");
        assertThat(imported.path("warnings").get(100).asString()).isEqualTo("… og 50 flere advarsler.");

        String unknown = "indikator;periode;vaerdi\n" + "findes-ikke;2016;1\n".repeat(1_000);
        JsonNode rejected = upload(unknown.getBytes(StandardCharsets.UTF_8), "ukendte.csv", STEWARD, 422);
        assertThat(rejected.path("rows").asInt()).isEqualTo(1_000);
        assertThat(rejected.path("errors").size()).isEqualTo(101);
        assertThat(rejected.path("errors").get(99).path("row").asInt()).isEqualTo(101);
        assertThat(rejected.path("errors").get(100).path("row").isNull()).isTrue();
        assertThat(rejected.path("errors").get(100).path("message").asString()).isEqualTo("… og 900 flere fejl.");
    }

    @Test
    void aNulCharacterInACellIsRejectedWithRowAndColumn() throws Exception {
        String csv = "indikator;periode;vaerdi;dimension;kilde\nudsaettelser;2016;301;;o\u0000k\n";
        List<String> before = snapshot();
        JsonNode report = upload(csv.getBytes(StandardCharsets.UTF_8), "nul.csv", STEWARD, 422);
        assertThat(report.path("errors").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(report.path("errors").get(0).path("column").asString()).isEqualTo("kilde");
        assertThat(report.path("errors").get(0).path("message").asString()).contains("NUL-tegn");
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
        assertAnswering();
    }

    @Test
    void aUtf16FileIsRejectedSayingSo() throws Exception {
        byte[] csv = "indikator;periode;vaerdi\nudsaettelser;2016;301\n".getBytes(StandardCharsets.UTF_16LE);
        JsonNode report = upload(csv, "unicode.csv", STEWARD, 422);
        assertThat(report.path("errors").get(0).path("message").asString()).contains("UTF-16")
                .contains("CSV (semikolonsepareret)");
    }

    @Test
    void aValueWithMoreDigitsThanAFigureHasIsRejected() throws Exception {
        String csv = "indikator;periode;vaerdi\nudsaettelser;2016;1" + "0".repeat(15) + "\nudsaettelser;2017;0,"
                + "1".repeat(20_000) + "\nudsaettelser;2018;123456789012345,123456000\n";
        List<String> before = snapshot();
        JsonNode report = upload(csv.getBytes(StandardCharsets.UTF_8), "cifre.csv", STEWARD, 422);
        List<String> where = new ArrayList<>();
        report.path("errors").forEach(e -> where.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        assertThat(where).containsExactly("2:vaerdi", "3:vaerdi");
        assertThat(report.path("errors").get(1).path("message").asString())
                .startsWith("Værdien „0,1111").contains("for mange cifre; højst 15 før og 6 efter kommaet");
        assertThat(report.toString().length()).isLessThan(2_000);
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
        assertAnswering();
    }

    private void assertAnswering() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private JsonNode upload(byte[] content, String name, RequestPostProcessor who, int expected) throws Exception {
        MvcResult r = mvc.perform(multipart(PATH).file(new MockMultipartFile("file", name, "text/csv", content))
                .with(who).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString());
    }

    /** Every row of the indicator tables as JSON text. */
    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("indicator.indicator", "indicator.observation", "indicator.observation_revision",
                "indicator.target_version", "indicator.goal_indicator")) {
            rows.addAll(jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1").query(String.class).list());
        }
        return rows;
    }
}
