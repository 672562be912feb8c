package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.almenmonitor.sheet.AgreementSheetImporter;
import dk.almenmonitor.imports.ImportReport;
import dk.almenmonitor.imports.ImportStatus;
import dk.almenmonitor.followup.SeedSheetAccess;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open data as CSV (Danish Excel: ';', UTF-8 with BOM, CRLF, no formulas) and JSON, against the seed sheet. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataApiIntegrationTests {

    private static final String API = "/api/v1/agreements/";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    AgreementSheetImporter importer;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void csvIsWhatDanishExcelOpensWithEveryGoalAndRound() throws Exception {
        MvcResult result = mvc.perform(get(API + "kk-bl1-2015-2018/export.csv").with(httpBasic("laeser", password))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"aabne-data-kk-bl1-2015-2018.csv\"");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("aftale_id;maalsaetning_id;type;").contains("\r\n");
        assertThat(text.replace("\r\n", "")).as("line ends are CRLF outside quoted fields").doesNotContain("\n;");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        List<CSVRecord> q1 = rows.stream().filter(r -> r.get("kvartal").equals("2017-Q1")).toList();
        assertThat(q1.stream().map(r -> r.get("maalsaetning")).toList())
                .containsExactlyElementsOf(SeedSheetAccess.titlesInSheetOrder());
        assertThat(q1.stream().map(r -> r.get("uaendret").equals("ja")).toList())
                .containsExactlyElementsOf(SeedSheetAccess.unchangedInSheetOrder());
        assertThat(rows.stream().filter(r -> r.get("kvartal").equals("2016-Q4")).count()).isEqualTo(q1.size());
    }

    @Test
    void jsonHasTheGoalsWithTheirStatusesPerRound() throws Exception {
        MvcResult result = mvc.perform(get(API + "kk-bl1-2015-2018/export.json").with(user("laeser").roles("READER"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode export = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(export.path("agreementId").asString()).isEqualTo("kk-bl1-2015-2018");
        assertThat(export.path("rounds")).hasSize(2);
        JsonNode goals = export.path("goals");
        assertThat(goals).hasSize(SeedSheetAccess.titlesInSheetOrder().size());
        for (int i = 0; i < goals.size(); i++) {
            JsonNode goal = goals.get(i);
            assertThat(goal.path("title").asString()).isEqualTo(SeedSheetAccess.titlesInSheetOrder().get(i));
            assertThat(goal.path("statuses")).hasSize(2);
            assertThat(goal.path("statuses").get(1).path("period").asString()).isEqualTo("2017-Q1");
            assertThat(goal.path("statuses").get(1).path("unchanged").asBoolean())
                    .isEqualTo(SeedSheetAccess.unchangedInSheetOrder().get(i));
            assertThat(goal.path("statuses").get(1).has("updatedBy")).as("no user names in open data").isFalse();
        }
    }

    @Test
    void formulaTextIsPrefixedInCsvAndUnknownAgreementIs404() throws Exception {
        byte[] csv = SeedSheetAccess.csvWithQ1Statuses(List.of(0, 1), List.of(Bilag1ExportSafetyIntegrationTests.FORMULA,
                "@SUM(1+1)"));
        ImportReport report = importer.importSheet(csv, "hostile.csv", "open-data-injection", "test");
        assertThat(report.status()).isEqualTo(ImportStatus.IMPORTED);

        String text = mvc.perform(get(API + "open-data-injection/export.csv").with(user("laeser").roles("READER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> statuses = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords().stream()
                .filter(r -> r.get("kvartal").equals("2017-Q1")).map(r -> r.get("status")).toList();
        assertThat(statuses.get(0)).isEqualTo("'" + Bilag1ExportSafetyIntegrationTests.FORMULA);
        assertThat(statuses.get(1)).isEqualTo("'@SUM(1+1)");
        assertThat(statuses.subList(2, statuses.size())).noneMatch(s -> s.startsWith("'"));

        assertThat(mvc.perform(get(API + "no-such/export.csv").with(user("laeser").roles("READER"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(API + "kk-bl1-2015-2018/export.json")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }
}
