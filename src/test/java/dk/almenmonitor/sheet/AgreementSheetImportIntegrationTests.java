package dk.almenmonitor.sheet;

import dk.almenmonitor.followup.SeedSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class AgreementSheetImportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    AgreementSheetImporter importer;

    @Test
    void importingTheSeedSheetAgainChangesNothing() throws Exception {
        List<String> before = snapshot();

        JsonNode report = upload(SeedSheet.xlsxBytes(), "bilag1.xlsx", null, 200);

        assertThat(report.path("status").asString()).isEqualTo("IMPORTED");
        assertThat(report.path("agreementId").asString()).isEqualTo("kk-bl1-2015-2018");
        assertThat(report.path("rows").asInt()).isEqualTo(SeedSheet.goalRows().size());
        assertThat(report.path("goals").path("unchanged").asInt()).isEqualTo(SeedSheet.goalRows().size());
        assertThat(report.path("statuses").path("created").asInt()).isZero();
        assertThat(report.path("statuses").path("updated").asInt()).isZero();
        assertThat(snapshot().equals(before)).as("database unchanged").isTrue();
    }

    @Test
    void tenSimultaneousImportsOfOneChangedSheetChangeTheStatusOnce() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/agreements/kk-bl1-2015-2018/rounds/2017-Q1/state")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"OPEN\",\"reason\":\"Rettelse fra arket\"}")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("admin", "demo-test-password")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        byte[] changed = SeedSheet.csvText().replaceFirst("Uændret", "Ny status fra ti samtidige importer")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<dk.almenmonitor.imports.ImportReport>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return importer.importSheet(changed, "samtidig.csv", null, "admin");
            }));
        }
        start.countDown();
        int updated = 0;
        for (var result : results) {
            JsonNode report = json.valueToTree(result.get());
            assertThat(report.path("status").asString()).as(report.path("errors").toString()).isEqualTo("IMPORTED");
            updated += report.path("details").path("statuses").path("updated").asInt()
                    + report.path("statuses").path("updated").asInt();
        }
        pool.shutdown();

        assertThat(updated).as("one import changes the status, the nine others find it changed").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from followup.status_history where status_text = ?")
                .param("Ny status fra ti samtidige importer").query(Long.class).single()).isEqualTo(1);

        // leave the seed as the other tests expect it: the original text back, the round approved again
        importer.importSheet(SeedSheet.csvBytes(), "seed.csv", null, "admin");
        for (String state : List.of("IN_REVIEW", "APPROVED")) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post("/api/v1/agreements/kk-bl1-2015-2018/rounds/2017-Q1/state")
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .content("{\"state\":\"" + state + "\"}")
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                    .httpBasic("admin", "demo-test-password")))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        }
    }

    @Test
    void xlsxAndWindows1252CsvOfTheSameSheetGiveTheSameData() throws Exception {
        byte[] cp1252 = SeedSheet.csvText().getBytes(Charset.forName("windows-1252"));

        JsonNode report = upload(cp1252, "bilag1.csv", "csv-copy-1252", 200);
        JsonNode bom = upload(SeedSheet.csvBytes(), "bilag1-utf8.csv", "csv-copy-utf8", 200);

        assertThat(report.path("encoding").asString()).isEqualTo("windows-1252");
        assertThat(bom.path("encoding").asString()).isEqualTo("UTF-8 (BOM)");
        assertThat(content("csv-copy-1252")).isEqualTo(content("kk-bl1-2015-2018"));
        assertThat(content("csv-copy-utf8")).isEqualTo(content("kk-bl1-2015-2018"));
    }

    @Test
    void unknownAchievementIsRejectedWithRowAndColumnAndNothingStored() throws Exception {
        SeedSheet.Row target = SeedSheet.goalRows().get(2);
        String broken = replaceInRow(target.number(), ";" + target.achievement() + ";", ";Næsten;");
        assertRejected(broken, target.number(), "Målopfyldelse");
    }

    @Test
    void theImportPageShowsARejectedSheetsErrorsByRowAndColumn() throws Exception {
        SeedSheet.Row target = SeedSheet.goalRows().get(2);
        String broken = replaceInRow(target.number(), ";" + target.achievement() + ";", ";Næsten;");
        List<String> before = snapshot();
        MvcResult result = mvc.perform(multipart("/import").file(new MockMultipartFile("file", "broken.csv", "text/csv",
                broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(user("admin").roles("ADMIN"))
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(result.getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("[role=alert]").text()).contains("Intet er gemt");
        org.jsoup.nodes.Element first = page.select("#report-heading ~ table tbody tr").first();
        assertThat(first.child(0).text()).isEqualTo(String.valueOf(target.number()));
        assertThat(first.child(1).text()).isEqualTo("Målopfyldelse");
        assertThat(first.child(2).text()).contains("Næsten");
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
    }

    @Test
    void nonNumericThemeIsRejected() throws Exception {
        SeedSheet.Row target = SeedSheet.goalRows().get(12);
        String broken = replaceInRow(target.number(), ";" + target.theme() + ";" + target.deadline() + ";",
                ";to;" + target.deadline() + ";");
        assertRejected(broken, target.number(), "Tema");
    }

    @Test
    void emptyGoalTextIsRejected() throws Exception {
        SeedSheet.Row target = SeedSheet.goalRows().get(30);
        List<String> lines = new ArrayList<>(SeedSheet.csvText().lines().toList());
        String line = lines.get(target.number() - 1);
        lines.set(target.number() - 1, line.substring(line.indexOf(';')));
        assertRejected(String.join("\r\n", lines), target.number(), "Målsætninger - hensigtserklæringer (opdelt efter temaer)");
    }

    @Test
    void missingHeaderIsRejected() throws Exception {
        List<String> lines = new ArrayList<>(SeedSheet.csvText().lines().toList());
        lines.remove(3); // the header row of the first section
        JsonNode report = upload(String.join("\r\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "no-header.csv", "broken-sheet", 422);
        assertThat(report.path("errors").get(0).path("row").asInt()).isEqualTo(4);
        assertThat(report.path("errors").get(0).path("message").asString()).contains("overskrift");
        assertThat(agreementExists("broken-sheet")).isFalse();
    }

    @Test
    void headerWithoutAchievementColumnIsRejectedNamingTheColumn() throws Exception {
        String broken = SeedSheet.csvText().replaceFirst(";Målopfyldelse;", ";Resultat;");
        JsonNode report = upload(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.csv", "broken-sheet", 422);
        assertThat(report.path("errors").get(0).path("row").asInt()).isEqualTo(4);
        assertThat(report.path("errors").get(0).path("column").asString()).isEqualTo("Målopfyldelse");
    }

    @Test
    void aStatusColumnForAQuarterAfterTheAgreementIsRejected() throws Exception {
        List<String> before = snapshot();
        String broken = SeedSheet.csvText().replace("Status - 1. kvartal 2017", "Status - 1. kvartal 2090");
        JsonNode report = upload(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.csv", null, 422);
        JsonNode error = report.path("errors").get(0);
        assertThat(error.path("column").asString()).isEqualTo("Status - 1. kvartal 2090");
        assertThat(error.path("message").asString()).contains("uden for aftalen");
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
    }

    @Test
    void aStatusTextLongerThanAPersonMayTypeIsRejectedWithRowAndColumn() throws Exception {
        SeedSheet.Row target = SeedSheet.goalRows().get(5);
        String tooLong = "x".repeat(20_000 + 1); // the follow-up API's limit on a status text
        List<String> before = snapshot();

        // column 5 is "Status - 1. kvartal 2017"
        JsonNode report = upload(SeedSheet.withCells(java.util.Map.of(target.number(), tooLong), 5), "long.csv", null, 422);

        JsonNode error = report.path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(target.number());
        assertThat(error.path("column").asString()).isEqualTo("Status - 1. kvartal 2017");
        assertThat(error.path("message").asString()).contains("Status må højst være 20.000 tegn");
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
        assertStillAnswering();
    }

    private void assertStillAnswering() throws Exception {
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/health"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void rejectedReportCanBeFetchedAgain() throws Exception {
        JsonNode report = upload("just;some;text\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.csv", null, 422);
        String id = report.path("importId").asString();
        MvcResult again = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/imports/" + id).with(user("admin").roles("ADMIN"))).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(again.getResponse().getContentAsString()).path("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void onlyAdminMayImport() throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/imports/agreement-sheet")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", SeedSheet.csvBytes()))
                        .with(user("laeser").roles("READER")).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    // --- hostile and odd files (issue 9): a 4xx with a located Danish problem, nothing stored, the application answers

    @Test
    void anXlsxWithCellsFarToTheRightIsRejectedWithoutReadingOn() throws Exception {
        List<String> before = snapshot();
        byte[] xlsx = SheetFileReaderTests.xlsx(20_000, 16_383); // one cell per row, in column XFD

        JsonNode report = upload(xlsx, "xfd.xlsx", null, 422);

        assertThat(report.path("errors").size()).isEqualTo(1);
        JsonNode error = report.path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(1);
        assertThat(error.path("column").asString()).isEqualTo("XFD");
        assertThat(error.path("message").asString())
                .isEqualTo("Cellen XFD1 ligger uden for arkets kolonner: højst 100 kolonner (A–CV) læses. "
                        + "Slet indholdet længere til højre.");
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
        assertStillAnswering();
    }

    @Test
    void anXlsxWithMoreRowsThanTheLimitIsRejectedAtTheFirstRowOver() throws Exception {
        JsonNode report = upload(SheetFileReaderTests.xlsx(20_001, 0), "lang.xlsx", null, 422);
        assertThat(report.path("errors").size()).isEqualTo(1);
        assertThat(report.path("errors").get(0).path("row").asInt()).isEqualTo(20_001);
        assertThat(report.path("errors").get(0).path("message").asString()).contains("flere end 20.000 rækker");
        assertStillAnswering();
    }

    @Test
    void halfAMillionHeaderColumnsAreRejectedAtTheColumnLimit() throws Exception {
        List<String> lines = new ArrayList<>(SeedSheet.csvText().lines().toList());
        lines.set(3, lines.get(3) + ";Tema".repeat(500_000));
        List<String> before = snapshot();

        MvcResult result = post(String.join("\r\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsByteArray().length).as("a short answer").isLessThan(5_000);
        JsonNode errors = json.readTree(result.getResponse().getContentAsString()).path("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).path("row").asInt()).isEqualTo(4);
        assertThat(errors.get(0).path("column").asString()).isEqualTo("CW");
        assertThat(errors.get(0).path("message").asString()).contains("flere end 100 kolonner");
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
        assertStillAnswering();
    }

    @Test
    void thousandsOfBadRowsGiveTheFirstHundredProblemsAndHowManyMore() throws Exception {
        StringBuilder csv = new StringBuilder(SeedSheet.csvText().stripTrailing());
        for (int i = 1; i <= 5_000; i++) {
            csv.append("\r\nEkstra målsætning ").append(i).append(";to;2017;Indhold;;;;;;");
        }
        List<String> before = snapshot();

        JsonNode report = upload(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "mange.csv", null, 422);

        JsonNode errors = report.path("errors");
        assertThat(errors.size()).isEqualTo(101);
        assertThat(errors.get(0).path("column").asString()).isEqualTo("Tema");
        assertThat(errors.get(100).path("row").isNull()).isTrue();
        assertThat(errors.get(100).path("message").asString()).isEqualTo("… og 4.900 flere fejl.");
        Integer stored = jdbc.sql("select jsonb_array_length(errors) from imports.import_record where id = ?")
                .param(java.util.UUID.fromString(report.path("importId").asString())).query(Integer.class).single();
        assertThat(stored).as("the stored report is capped too").isEqualTo(101);
        MvcResult page = mvc.perform(multipart("/import").file(new MockMultipartFile("file", "mange.csv", "text/csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(user("admin").roles("ADMIN"))
                .with(csrf())).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.getResponse().getContentAsString()).contains("… og 4.900 flere fejl.");
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
    }

    @Test
    void aNulCharacterInACsvCellIsRejectedWithRowAndColumn() throws Exception {
        SeedSheet.Row target = SeedSheet.goalRows().get(5);
        List<String> before = snapshot();

        JsonNode report = upload(SeedSheet.withCells(Map.of(target.number(), "før\u0000efter"), 3), "nul.csv", null, 422);

        JsonNode error = report.path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(target.number());
        assertThat(error.path("column").asString()).isEqualTo("D");
        assertThat(error.path("message").asString()).contains("NUL-tegn");
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
        assertStillAnswering();
    }

    @Test
    void aUtf16CsvIsRejectedSayingSo() throws Exception {
        for (Charset utf16 : List.of(java.nio.charset.StandardCharsets.UTF_16, java.nio.charset.StandardCharsets.UTF_16LE)) {
            JsonNode report = upload(SeedSheet.csvText().getBytes(utf16), "unicode.csv", null, 422);
            assertThat(report.path("errors").get(0).path("message").asString())
                    .isEqualTo("Filen er gemt som UTF-16 (Unicode-tekst), og det understøttes ikke. "
                            + "Gem den som UTF-8 eller i Excel som „CSV (semikolonsepareret)“.");
        }
    }

    @Test
    void aQuarterOutsideTheKnownYearsIsAProblemNotAServerError() throws Exception {
        List<String> lines = new ArrayList<>(SeedSheet.csvText().lines().toList());
        String title = lines.stream().filter(l -> l.toLowerCase().startsWith("status pr")).findFirst().orElseThrow();
        lines.set(lines.indexOf(title), "Status pr. 1. kvartal 3000");
        String header = lines.get(3);
        String status = header.substring(header.indexOf("Status - "), header.indexOf(';', header.indexOf("Status - ")));
        lines.set(3, header.replace(status, "Status - 1. kvartal 3000"));
        List<String> before = snapshot();

        JsonNode report = upload(String.join("\r\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "aar-3000.csv", "year-3000", 422);

        JsonNode error = report.path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(4);
        assertThat(error.path("column").asString()).isEqualTo("Status - 1. kvartal 3000");
        assertThat(error.path("message").asString()).startsWith("Året i statuskolonnen er ikke et år, der kan følges op på");
        assertThat(snapshot()).as("database unchanged").isEqualTo(before);
        assertStillAnswering();
    }

    private MvcResult post(byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/imports/agreement-sheet")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", content))
                .with(user("admin").roles("ADMIN")).with(csrf())).andReturn();
    }

    private void assertRejected(String csv, int row, String column) throws Exception {
        List<String> before = snapshot();
        JsonNode report = upload(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "broken.csv", null, 422);
        assertThat(report.path("status").asString()).isEqualTo("REJECTED");
        JsonNode error = report.path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(row);
        assertThat(error.path("column").asString()).isEqualTo(column);
        assertThat(error.path("message").asString()).isNotBlank();
        assertThat(snapshot().equals(before)).as("database unchanged").isTrue();
    }

    private static String replaceInRow(int rowNumber, String from, String to) throws Exception {
        List<String> lines = new ArrayList<>(SeedSheet.csvText().lines().toList());
        String line = lines.get(rowNumber - 1);
        assertThat(line).contains(from);
        lines.set(rowNumber - 1, line.replace(from, to));
        return String.join("\r\n", lines);
    }

    private JsonNode upload(byte[] content, String name, String agreementId, int expectedStatus) throws Exception {
        var request = multipart("/api/v1/imports/agreement-sheet")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(user("admin").roles("ADMIN")).with(csrf());
        if (agreementId != null) {
            request.param("agreementId", agreementId);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expectedStatus);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private boolean agreementExists(String id) {
        return jdbc.sql("select count(*) from agreement.agreement where id = ?").param(id).query(Integer.class).single() > 0;
    }

    /** Every row of the agreement and follow-up tables as JSON text (arrays and timestamps compare by value). */
    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("agreement.agreement", "agreement.theme", "agreement.goal", "agreement.goal_owner",
                "followup.round", "followup.status")) {
            rows.addAll(jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1").query(String.class).list());
        }
        return rows;
    }

    /** The agreement's goals and statuses without ids, so two agreements with the same content compare equal. */
    private List<Map<String, Object>> content(String agreementId) {
        return jdbc.sql("""
                select g.kind, g.theme_number, g.title, g.content, g.deadline_text, g.deadline_from, g.deadline_to,
                       g.display_order, g.concrete, rg.title as related_title,
                       (select string_agg(o.organisation_code, ',' order by o.position) from agreement.goal_owner o
                        where o.goal_id = g.id) as owners,
                       r.period, r.state, s.status_text, s.delay_reason, s.expected_text, s.expected_from,
                       s.expected_to, s.achievement
                from agreement.goal g
                left join agreement.goal rg on rg.id = g.related_goal_id
                left join followup.status s on s.goal_id = g.id
                left join followup.round r on r.id = s.round_id
                where g.agreement_id = ?
                order by g.display_order, r.period
                """).param(agreementId).query().listOfRows();
    }
}
