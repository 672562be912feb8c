package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one pipeline with both datasets (issue 10): each is imported through {@code POST /api/v1/imports/{dataset}}
 * and read back through {@code GET /api/v1/imports/{id}} and the list; a broken file of each is 422 with row and
 * column and changes nothing; who may import what, for every dataset name; one page for all.
 */
@DirtiesContext
@SpringBootTest(properties = "almen.test.context=import-pipeline")
@AutoConfigureMockMvc
class ImportPipelineIntegrationTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");
    static final String SEED_SHEET = "seed/hovedaftale-2015-2018-status-2017K1.xlsx";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @MockitoSpyBean
    ImportRecordRepository records;

    @Test
    void theSheetImportsThroughThePipelineTwiceWithoutChangeAndIsReadBackAndListed() throws Exception {
        List<String> before = snapshot();
        JsonNode report = upload("agreement-sheet", seedSheet(), "bilag1.xlsx", ADMIN, 200);

        assertThat(report.path("dataset").asString()).isEqualTo("agreement-sheet");
        assertThat(report.path("status").asString()).isEqualTo("IMPORTED");
        assertThat(report.path("format").asString()).isEqualTo("XLSX");
        assertThat(report.path("agreementId").asString()).isEqualTo("kk-bl1-2015-2018");
        assertThat(report.path("goals").path("created").asInt()).as("the seed is already there").isZero();
        assertThat(report.path("goals").path("unchanged").asInt()).isEqualTo(report.path("rows").asInt());
        assertThat(report.path("statuses").path("updated").asInt()).isZero();
        assertThat(report.path("sha256").asString()).hasSize(64);
        assertThat(snapshot()).as("the same file again changes nothing").isEqualTo(before);

        assertReadBack(report, ADMIN);
        assertListed(report, "agreement-sheet", ADMIN);
    }

    @Test
    void observationsImportThroughThePipelineAndAreReadBackAndListed() throws Exception {
        byte[] csv = "indikator;periode;vaerdi\nudsaettelser;2031;17\n".getBytes(StandardCharsets.UTF_8);
        JsonNode report = upload("observations", csv, "tal.csv", STEWARD, 200);
        assertThat(report.path("observations").path("created").asInt()).isEqualTo(1);
        assertThat(report.path("encoding").asString()).isEqualTo("UTF-8");

        JsonNode again = upload("observations", csv, "tal.csv", STEWARD, 200);
        assertThat(again.path("observations").path("unchanged").asInt()).isEqualTo(1);
        assertThat(again.path("sha256").asString()).isEqualTo(report.path("sha256").asString());

        assertReadBack(report, STEWARD);
        assertListed(again, "observations", STEWARD);
    }

    @Test
    void aCommaOrTabSeparatedFileIsReadWithItsDelimiter() throws Exception {
        JsonNode comma = upload("observations", "indikator,periode,vaerdi\nudsaettelser,2034,3\n"
                .getBytes(StandardCharsets.UTF_8), "komma.csv", STEWARD, 200);
        assertThat(comma.path("observations").path("created").asInt()).isEqualTo(1);
        JsonNode tab = upload("observations", "indikator\tperiode\tvaerdi\nudsaettelser\t2035\t2,5\n"
                .getBytes(StandardCharsets.UTF_8), "tab.txt", STEWARD, 200);
        assertThat(tab.path("observations").path("created").asInt()).isEqualTo(1);
    }

    @Test
    void aBrokenFileOfEachDatasetIs422WithRowAndColumnAndChangesNothing() throws Exception {
        List<String> before = snapshot();
        JsonNode sheet = upload("agreement-sheet", "Tema;Tid\nx;y\u0000z\n".getBytes(StandardCharsets.UTF_8),
                "nul.csv", ADMIN, 422);
        assertThat(sheet.path("status").asString()).isEqualTo("REJECTED");
        assertThat(sheet.path("errors").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(sheet.path("errors").get(0).path("column").asString()).isEqualTo("B");

        JsonNode observations = upload("observations", "indikator;periode;vaerdi\nfindes-ikke;2016;1\n"
                .getBytes(StandardCharsets.UTF_8), "ukendt.csv", STEWARD, 422);
        assertThat(observations.path("errors").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(observations.path("errors").get(0).path("column").asString()).isEqualTo("indikator");

        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
        assertReadBack(sheet, ADMIN);
        assertReadBack(observations, ADMIN);
        assertAnswering();
    }

    @Test
    void readersAndEditorsAre403ForEveryDatasetNameKnownOrNot() throws Exception {
        for (RequestPostProcessor who : List.of(user("laeser").roles("READER"), user("sof").roles("EDITOR"))) {
            for (String dataset : List.of("agreement-sheet", "observations", "departments", "findes-ikke")) {
                MvcResult r = post(dataset, who);
                assertThat(r.getResponse().getStatus()).as(dataset).isEqualTo(403);
                assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
            }
            assertThat(mvc.perform(get("/api/v1/imports").with(who)).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(get("/import").with(who)).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(post("agreement-sheet", STEWARD).getResponse().getStatus()).as("not the steward's").isEqualTo(403);
        assertThat(post("findes-ikke", STEWARD).getResponse().getStatus()).as("an importer asking for no dataset")
                .isEqualTo(404);
        MvcResult unknown = post("findes-ikke", ADMIN);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Ukendt datasæt 'findes-ikke'.");
    }

    /**
     * Who may import is decided from the same role as everywhere else (identity's {@code Access.roleOf}: ADMIN,
     * DATA_STEWARD, EDITOR, READER): a user granted both EDITOR and DATA_STEWARD is a data steward here too.
     */
    @Test
    void aUserWithSeveralRolesImportsByTheMostPrivilegedAsEverywhereElse() throws Exception {
        RequestPostProcessor editorAndSteward = user("data").roles("EDITOR", "DATA_STEWARD");
        Document page = page(mvc.perform(get("/import").with(editorAndSteward)).andReturn());
        assertThat(page.select("main section form").eachAttr("action")).contains("/import/observationer")
                .doesNotContain("/import/agreement-sheet");
        assertThat(mvc.perform(get("/api/v1/imports").with(editorAndSteward)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(post("agreement-sheet", editorAndSteward).getResponse().getStatus()).isEqualTo(403);
        assertAnswering();
    }

    @Test
    void theOnePageListsTheDatasetsTheUserMayImportWithTheirHelpAndTheLatestImports() throws Exception {
        upload("observations", "indikator;periode;vaerdi\nudsaettelser;2032;5\n".getBytes(StandardCharsets.UTF_8),
                "side.csv", STEWARD, 200);
        Document admin = page(mvc.perform(get("/import").with(ADMIN)).andReturn());
        assertThat(admin.select("main section form").eachAttr("action")).as("every dataset, in their order")
                .startsWith("/import/agreement-sheet", "/import/observationer").contains("/import/afdelinger");
        assertThat(admin.text()).contains("Importér opfølgningsark").contains("Importér tal til indikatorerne")
                .contains("Seneste importer").contains("side.csv");

        Document steward = page(mvc.perform(get("/import").with(STEWARD)).andReturn());
        assertThat(steward.select("main section form").eachAttr("action")).contains("/import/observationer")
                .doesNotContain("/import/agreement-sheet");
        assertThat(steward.text()).doesNotContain("Importér opfølgningsark").contains("side.csv");
    }

    /**
     * A dataset that needs a cut-off date (bbr-units, parameter opgoerelsesdato) has a date field on the page, and
     * each form states its own size limit: 512 MB for the register extracts, 10 MB for the rest.
     */
    @Test
    void thePageAsksForTheCutOffDateAndStatesEachDatasetsSizeLimit() throws Exception {
        Document admin = page(mvc.perform(get("/import").with(ADMIN)).andReturn());
        Element bbr = admin.select("main section:has(form[action=/import/bbr-units])").first();
        assertThat(bbr).isNotNull();
        Element date = bbr.selectFirst("input[type=date][name=opgoerelsesdato]");
        assertThat(date).isNotNull();
        assertThat(date.hasAttr("required")).isTrue();
        assertThat(bbr.select("label[for=" + date.id() + "]").text()).isEqualTo("Opgørelsesdato");
        assertThat(bbr.select("#" + date.attr("aria-describedby")).text()).contains("31.12.2016");
        assertThat(bbr.select("label[for=file-bbr-units]").text()).isEqualTo("Fil (højst 512 MB)");
        for (String large : List.of("rents", "heat", "energy-labels")) {
            assertThat(admin.select("label[for=file-" + large + "]").text()).as(large).isEqualTo("Fil (højst 512 MB)");
        }
        assertThat(admin.select("label[for=file-observations]").text()).isEqualTo("Fil (højst 10 MB)");
        assertThat(admin.select("label[for=file-agreement-sheet]").text()).isEqualTo("Fil (højst 10 MB)");
        assertThat(admin.select("main section:has(form[action=/import/observationer]) input[type=date]"))
                .as("no date where the dataset takes none").isEmpty();
        assertThat(admin.select("input[type=file]").eachAttr("accept")).allMatch(a -> a.contains(".json"));

        String units = "kommunekode;enh020EnhedensAnvendelse;enh046OffentligStøtte;status\n0101;140;10;7\n0101;140;;7\n";
        MvcResult posted = mvc.perform(multipart("/import/bbr-units").file(new MockMultipartFile("file", "bbr.csv",
                "text/csv", units.getBytes(StandardCharsets.UTF_8))).param("opgoerelsesdato", "2031-12-31")
                .with(ADMIN).with(csrf())).andReturn();
        Document report = page(posted);
        assertThat(report.select(".alert--success")).as("the date from the form is used").hasSize(1);
        assertThat(report.select("#report-heading + dl").text()).as("the report's facts, labelled")
                .contains("Opgørelsesdato 2031-12-31").contains("Metode BBR-enheder")
                .contains("Andel almene boliger almene 1, opgjort 2031-12-31, boliger 2, andel i % 50")
                .contains("Indikatortal (nye / rettede / uændrede) 1 / 0 / 0").doesNotContain("imports.detail");
        MvcResult withoutDate = mvc.perform(multipart("/import/bbr-units").file(new MockMultipartFile("file", "bbr.csv",
                "text/csv", units.getBytes(StandardCharsets.UTF_8))).param("opgoerelsesdato", "")
                .with(ADMIN).with(csrf())).andReturn();
        assertThat(withoutDate.getResponse().getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(withoutDate.getResponse().getContentAsString(StandardCharsets.UTF_8)).text())
                .contains("Angiv opgørelsesdatoen");
    }

    @Test
    void dataAndReportAreWrittenTogether() throws Exception {
        Mockito.reset(records);
        doThrow(new IllegalStateException("the report cannot be stored")).when(records).save(any());
        String csv = "indikator;periode;vaerdi;dimension;kilde\nalmene-boliger-andel;2016-01-01;20,7;;Rettet\n";
        List<String> before = snapshot();
        try {
            assertThatThrownBy(() -> mvc.perform(multipart("/api/v1/imports/observations").file(new MockMultipartFile(
                    "file", "x.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(STEWARD).with(csrf())))
                    .hasRootCauseMessage("the report cannot be stored");
        } finally {
            Mockito.reset(records);
        }
        assertThat(snapshot()).as("no value revised without its report").isEqualTo(before);
    }

    private void assertReadBack(JsonNode report, RequestPostProcessor who) throws Exception {
        MvcResult stored = mvc.perform(get("/api/v1/imports/" + report.path("importId").asString()).with(who)).andReturn();
        assertThat(stored.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(stored.getResponse().getContentAsString())).as("the stored report is the answer")
                .isEqualTo(report);
    }

    private void assertListed(JsonNode report, String dataset, RequestPostProcessor who) throws Exception {
        MvcResult list = mvc.perform(get("/api/v1/imports").param("dataset", dataset).with(who)).andReturn();
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        JsonNode reports = json.readTree(list.getResponse().getContentAsString());
        List<String> datasets = new ArrayList<>();
        reports.forEach(r -> datasets.add(r.path("dataset").asString()));
        assertThat(datasets).isNotEmpty().containsOnly(dataset);
        assertThat(reports.get(0)).as("newest first").isEqualTo(report);
    }

    private JsonNode upload(String dataset, byte[] content, String name, RequestPostProcessor who, int expected)
            throws Exception {
        MvcResult r = mvc.perform(multipart("/api/v1/imports/" + dataset)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(who).with(csrf()))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString());
    }

    private MvcResult post(String dataset, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/api/v1/imports/" + dataset)
                .file(new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n".getBytes(StandardCharsets.UTF_8)))
                .with(who).with(csrf())).andReturn();
    }

    private static Document page(MvcResult result) throws Exception {
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(html).isEqualTo(200);
        return Jsoup.parse(html);
    }

    private static byte[] seedSheet() throws Exception {
        try (InputStream in = new ClassPathResource(SEED_SHEET).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private void assertAnswering() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("agreement.agreement", "agreement.goal", "followup.round", "followup.status",
                "indicator.observation", "indicator.observation_revision")) {
            rows.addAll(jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1").query(String.class).list());
        }
        return rows;
    }
}
