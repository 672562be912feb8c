package dk.almenmonitor.rent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dk.almenmonitor.imports.ImportTexts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rents dataset through the pipeline and the rent API: ten hand-checked dwellings around 3.500 kr. a month give
 * the band counts per postal code and housing type and the low-rent observations; the same file again changes
 * nothing; a bad file is 422 with row and column and changes nothing; only importers may upload.
 */
@DirtiesContext
@SpringBootTest(properties = "almen.test.context=rent")
@AutoConfigureMockMvc
class RentImportIntegrationTests {

    static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");
    static final RequestPostProcessor READER = user("laeser").roles("READER");
    static final String HEADER = "organisationsnr;afdelingsnr;lejemaalsnr;boligtype;postnr;areal_m2;vaerelser;"
            + "aarsleje_kr;opgoerelsesdato\n";
    /** Monthly rents (yearly / 12): 3.499,99 · 3.500 · 2.500 · 3.000 · 3.501 · 3.499 · 4.500 · 7.499,99 · 7.500 · 3.499,99. */
    static final String TEN = HEADER + """
            1;1;A1;familie;2200;60;2;41999,99;2030-01-15
            1;1;A2;familie;2200;70;3;42000;2030-01-15
            1;1;A3;familie;2200;50;2;30000;2030-01-15
            1;2;B1;ungdom;2200;30;1;36000;2030-01-15
            1;2;B2;ungdom;2200;35;1;42012;2030-01-15
            2;7;C1;ældre;2300;55;2;41988;15.01.2030
            2;7;C2;aeldre;2300;60;;54000;2030-01-15
            2;8;D1;familie;2300;90;4;89999,88;2030-01-15
            2;8;D2;Familie;2300;100;4;90000;2030-01-15
            2;8;D3;familie;2300;;3;41999,88;2030-01-15
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @FlywayDataSource
    DataSource owner;
    @MockitoSpyBean
    ImportTexts texts;

    @Test
    void tenDwellingsAroundTheThresholdGiveTheBandsTheLowRentCountsAndTheObservations() throws Exception {
        JsonNode report = upload(TEN.getBytes(StandardCharsets.UTF_8), STEWARD, 200);
        assertThat(report.path("rows").asInt()).isEqualTo(10);
        assertThat(report.path("cutoff").asString()).isEqualTo("2030-01-15");
        assertThat(report.path("dwellings").path("created").asInt()).isEqualTo(10);

        assertThat(bands("2030-01-15")).containsExactly(
                "2200 FAMILY null-3500: 2", "2200 FAMILY 3500-4500: 1",
                "2200 YOUTH null-3500: 1", "2200 YOUTH 3500-4500: 1",
                "2300 FAMILY null-3500: 1", "2300 FAMILY 6500-7500: 1", "2300 FAMILY 7500-null: 1",
                "2300 ELDERLY null-3500: 1", "2300 ELDERLY 4500-5500: 1");
        JsonNode low = getJson("/api/v1/housing/low-rent?cutoff=2030-01-15", READER);
        assertThat(low.path("cutoff").asString()).isEqualTo("2030-01-15");
        assertThat(low.path("thresholdDkk").asInt()).isEqualTo(3500);
        assertThat(List.of(low.path("family").asInt(), low.path("youth").asInt(), low.path("elderly").asInt()))
                .containsExactly(3, 1, 1);
        assertThat(low.path("importId").asString()).isEqualTo(report.path("importId").asString());
        assertThat(getJson("/api/v1/housing/low-rent", READER)).as("the latest cut-off").isEqualTo(low);
        assertThat(getJson("/api/v1/imports/" + low.path("importId").asString(), STEWARD).path("status").asString())
                .isEqualTo("IMPORTED");

        assertThat(report.path("observations").path("created").asInt()).isEqualTo(3);
        assertThat(observations("2030-01-15")).as("the low-rent goal's indicator charts them")
                .containsExactly("familie=3", "ungdom=1", "aeldre=1");
        assertThat(jdbc.sql("select count(*) from housing.department where organisation_no in (1, 2)")
                .query(Integer.class).single()).as("departments created on the fly").isEqualTo(4);

        List<String> before = snapshot();
        JsonNode again = upload(TEN.getBytes(StandardCharsets.UTF_8), STEWARD, 200);
        assertThat(again.path("dwellings").path("unchanged").asInt()).isEqualTo(10);
        assertThat(snapshot()).as("the same file again changes nothing").isEqualTo(before);
        assertThat(getJson("/api/v1/housing/low-rent", READER).path("importId").asString())
                .as("the data still came from the first import").isEqualTo(report.path("importId").asString());

        // The cut-off again with one dwelling gone and one rent raised over the threshold: it is replaced whole.
        String changed = TEN.replace("1;1;A3;familie;2200;50;2;30000;2030-01-15\n", "")
                .replace("2;8;D3;familie;2300;;3;41999,88", "2;8;D3;familie;2300;;3;42000");
        JsonNode replaced = upload(changed.getBytes(StandardCharsets.UTF_8), STEWARD, 200);
        assertThat(replaced.path("dwellings").path("removed").asInt()).isEqualTo(1);
        assertThat(replaced.path("dwellings").path("updated").asInt()).isEqualTo(1);
        assertThat(replaced.path("dwellings").path("unchanged").asInt()).isEqualTo(8);
        JsonNode lower = getJson("/api/v1/housing/low-rent?cutoff=2030-01-15", READER);
        assertThat(lower.path("family").asInt()).isEqualTo(1);
        assertThat(lower.path("importId").asString()).isEqualTo(replaced.path("importId").asString());
        assertThat(replaced.path("observations").path("revised").asInt()).isEqualTo(1);
        assertThat(observations("2030-01-15")).containsExactly("familie=1", "ungdom=1", "aeldre=1");
        assertThat(bands("2030-01-15")).contains("2200 FAMILY null-3500: 1", "2300 FAMILY 3500-4500: 1")
                .doesNotContain("2300 FAMILY null-3500: 1");
    }

    /** The dwellings are stored as the file gives them (they travel in COPY's binary format): numbers, text, nulls. */
    @Test
    void theDwellingsAreStoredAsTheFileGivesThem() throws Exception {
        String file = HEADER + """
                7;0;Æ-1\\b;familie;1000;0,5;0;0;2026-12-31
                7;99999;"T 2;x";ungdom;9999;9999,99;100;9999999,99;2026-12-31
                99999;3;00042;aeldre;5000;;;42000,005;2026-12-31
                7;1;X;familie;2200;1.234,5;;1234567;2026-12-31
                """;
        upload(file.getBytes(StandardCharsets.UTF_8), STEWARD, 200);
        assertThat(jdbc.sql("""
                select organisation_no || '|' || department_no || '|' || tenancy_id || '|' || housing_type || '|'
                       || postal_code || '|' || coalesce(area_m2::text, 'null') || '|' || coalesce(rooms::text, 'null')
                       || '|' || yearly_rent_dkk from rent.dwelling where cutoff = '2026-12-31' order by 1""")
                .query(String.class).list()).containsExactly(
                "7|0|Æ-1\\b|FAMILY|1000|0.50|0|0.00",
                "7|1|X|FAMILY|2200|1234.50|null|1234567.00",
                "7|99999|T 2;x|YOUTH|9999|9999.99|100|9999999.99",
                "99999|3|00042|ELDERLY|5000|null|null|42000.01");
    }

    @Test
    void aWindows1252FileIsReadAndSaysSo() throws Exception {
        String file = HEADER + "3;1;X1;Ældre;2400;40;1;30000;2029-06-30\n";
        JsonNode report = upload(file.getBytes(Charset.forName("windows-1252")), STEWARD, 200);
        assertThat(report.path("encoding").asString()).isEqualTo("windows-1252");
        assertThat(getJson("/api/v1/housing/low-rent?cutoff=2029-06-30", READER).path("elderly").asInt()).isEqualTo(1);
    }

    @Test
    void aBadFileIs422WithRowAndColumnAndChangesNothing() throws Exception {
        List<String> before = snapshot();
        String[][] cases = {
                {HEADER.replace("postnr;", "") + "1;1;A1;familie;60;2;41999;2030-02-01\n", "1", "postnr"},
                {HEADER + "1;1;A1;familie;2200;60;2;41999;2030-02-01\n1;1;A2;familie;2200;60;2;mange;2030-02-01\n",
                        "3", "aarsleje_kr"},
                {HEADER + "1;1;A1;familie;2200;60;2;41999;2030-02-01\n1;1;A1;ungdom;2200;60;2;30000;2030-02-01\n",
                        "3", "lejemaalsnr"},
                {HEADER + "1;1;A1;familie;2200;60;2;41999;2030-02-01\n1;1;\"A2;familie;2200;60;2;1;2030-02-01\n"
                        + "1;1;A3;familie;2200;60;2;41999;2030-02-01\n", "3", null},
                {HEADER + "1;1;A1;villa;2200;60;2;41999;2030-02-01\n", "2", "boligtype"},
                {HEADER + "1;1;A1;familie;2200;60;2;41999;2030-02-01\n1;1;A2;familie;2200;60;2;41999;2030-03-01\n",
                        "3", "opgoerelsesdato"}};
        for (String[] c : cases) {
            JsonNode report = upload(c[0].getBytes(StandardCharsets.UTF_8), STEWARD, 422);
            assertThat(report.path("status").asString()).isEqualTo("REJECTED");
            JsonNode error = report.path("errors").get(0);
            assertThat(error.path("row").asString()).as(c[0]).isEqualTo(c[1]);
            if (c[2] != null) {
                assertThat(error.path("column").asString()).as(c[0]).isEqualTo(c[2]);
            }
        }
        assertThat(snapshot()).as("every table unchanged").isEqualTo(before);
        assertThat(mvc.perform(get("/api/v1/housing/low-rent?cutoff=2030-02-01").with(READER)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    /**
     * The importing backend is ended by PostgreSQL mid-COPY (as when the process or its connection dies): nothing of
     * the file stays, no import record claims it, and the application goes on answering. The import is held at a row
     * in the middle of the file (its bad cell is looked up in the texts) while thousands of rows have already been
     * sent to the COPY; another connection then ends the backend that runs it.
     */
    @Test
    void anImportKilledMidCopyLeavesNothing() throws Exception {
        byte[] earlier = TEN.replace("2030-01-15", "2028-03-01").replace("15.01.2030", "01.03.2028")
                .getBytes(StandardCharsets.UTF_8);
        upload(earlier, STEWARD, 200);
        List<String> before = snapshot();
        long records = jdbc.sql("select count(*) from imports.import_record").query(Long.class).single();
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 1; i <= 40_000; i++) {
            big.append("9;").append(i % 50).append(";T").append(i).append(";familie;").append(2000 + i % 400)
                    .append(";61,5;2;").append(i == 20_000 ? "HOLD" : String.valueOf(30_000 + i)).append(";2031-01-19\n");
        }
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            held.countDown();
            release.await(60, TimeUnit.SECONDS);
            return call.callRealMethod();
        }).when(texts).problem(eq(20_001), any(), eq("imports.cell.notNumber"), any());

        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> upload = executor.submit(() -> {
                try {
                    return mvc.perform(multipart("/api/v1/imports/rents").file(file(big.toString()
                            .getBytes(StandardCharsets.UTF_8))).with(STEWARD).with(csrf())).andReturn()
                            .getResponse().getStatus();
                } catch (Exception e) { // the failed import surfaces as an exception in the mock servlet
                    return -1;
                }
            });
            assertThat(held.await(60, TimeUnit.SECONDS)).as("the import reached the middle of the file").isTrue();
            JdbcClient superuser = JdbcClient.create(owner);
            List<Integer> copying = superuser.sql("""
                    select pid from pg_stat_activity
                     where datname = current_database() and query ilike 'COPY rent.dwelling%'""")
                    .query(Integer.class).list();
            assertThat(copying).as("one backend is running the COPY").hasSize(1);
            assertThat(superuser.sql("select pg_terminate_backend(?)").param(copying.get(0)).query(Boolean.class)
                    .single()).isTrue();
            release.countDown();
            assertThat(upload.get(60, TimeUnit.SECONDS)).as("the import did not land").isNotEqualTo(200);
        } finally {
            release.countDown();
            executor.shutdownNow();
            Mockito.reset(texts);
        }
        assertThat(snapshot()).as("every table unchanged").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from imports.import_record").query(Long.class).single()).isEqualTo(records);
        assertThat(mvc.perform(get("/api/v1/housing/low-rent?cutoff=2031-01-19").with(READER)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(getJson("/api/v1/housing/low-rent?cutoff=2028-03-01", READER).path("family").asInt()).isEqualTo(3);
        assertThat(upload(earlier, STEWARD, 200).path("dwellings").path("unchanged").asInt())
                .as("and imports again").isEqualTo(10);
    }

    @Test
    void thePageShowsTheBandsByPostalCodeWithFiltersTheSourceTheGoalAndACsv() throws Exception {
        byte[] file = TEN.replace("2030-01-15", "2027-05-01").replace("15.01.2030", "01.05.2027")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode report = upload(file, STEWARD, 200);
        Document page = page("/data/husleje?cutoff=2027-05-01");
        assertThat(page.select("#husleje-tabel thead th").eachText()).containsExactly("Postnummer", "under 3.500 kr.",
                "3.500–4.499 kr.", "4.500–5.499 kr.", "5.500–6.499 kr.", "6.500–7.499 kr.", "7.500 kr. og derover",
                "I alt");
        assertThat(page.select("#husleje-tabel tbody tr").eachText()).containsExactly("2200 3 2 0 0 0 0 5",
                "2300 2 0 1 0 1 1 5");
        assertThat(page.select("main svg").size()).as("the chart").isEqualTo(1);
        assertThat(page.text()).contains(report.path("importId").asString()).contains("1. maj 2027")
                .contains("husleje.csv");
        assertThat(page.select("main a[href$=/indikator]").eachText()).as("the low-rent goal")
                .anyMatch(t -> t.startsWith("At parterne løbende vil overvåge"));

        Document youth = page("/data/husleje?cutoff=2027-05-01&type=YOUTH&band=0");
        assertThat(youth.select("#husleje-tabel thead th").eachText()).containsExactly("Postnummer", "under 3.500 kr.");
        assertThat(youth.select("#husleje-tabel tbody tr").eachText()).containsExactly("2200 1");

        MvcResult csv = mvc.perform(get("/data/husleje.csv?cutoff=2027-05-01&type=FAMILY").with(READER)).andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFopgoerelsesdato;postnr;boligtype;husleje_fra_kr;husleje_til_kr;boliger");
        assertThat(text.lines().skip(1).toList()).containsExactly(
                "2027-05-01;2200;familie;;3500;2;" + report.path("importId").asString(),
                "2027-05-01;2200;familie;3500;4500;1;" + report.path("importId").asString(),
                "2027-05-01;2300;familie;;3500;1;" + report.path("importId").asString(),
                "2027-05-01;2300;familie;6500;7500;1;" + report.path("importId").asString(),
                "2027-05-01;2300;familie;7500;;1;" + report.path("importId").asString());
        for (String bad : List.of("/data/husleje?type=VILLA", "/data/husleje?band=9", "/data/husleje.csv?cutoff=x")) {
            assertThat(mvc.perform(get(bad).with(READER)).andReturn().getResponse().getStatus()).as(bad).isEqualTo(400);
        }
        assertThat(mvc.perform(get("/data/husleje?cutoff=2001-01-01").with(READER)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    private Document page(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(READER)).andReturn();
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(html).isEqualTo(200);
        return Jsoup.parse(html);
    }

    @Test
    void onlyImportersUploadAndAnyLoggedInUserReads() throws Exception {
        for (RequestPostProcessor who : List.of(READER, user("sof").roles("EDITOR"))) {
            MvcResult r = mvc.perform(multipart("/api/v1/imports/rents").file(file(TEN.getBytes(StandardCharsets.UTF_8)))
                    .with(who).with(csrf())).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(403);
        }
        MvcResult bad = mvc.perform(get("/api/v1/housing/rent-bands?cutoff=19-01-2017").with(READER)).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("er ikke en dato");
        MvcResult unknown = mvc.perform(get("/api/v1/housing/low-rent?cutoff=2001-01-01").with(READER)).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/housing/low-rent")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    private List<String> bands(String cutoff) throws Exception {
        List<String> rows = new ArrayList<>();
        for (JsonNode b : getJson("/api/v1/housing/rent-bands?cutoff=" + cutoff, READER)) {
            rows.add(b.path("postalCode").asInt() + " " + b.path("housingType").asString() + " "
                    + text(b.path("bandFrom")) + "-" + text(b.path("bandTo")) + ": " + b.path("dwellings").asInt());
            assertThat(b.path("cutoff").asString()).isEqualTo(cutoff);
        }
        return rows;
    }

    /** The low-rent indicator's observations of the period, by housing type as the goal's chart reads them. */
    private List<String> observations(String period) throws Exception {
        List<String> values = new ArrayList<>();
        for (String type : List.of("familie", "ungdom", "aeldre")) {
            for (JsonNode o : getJson("/api/v1/indicators/lav-husleje-boliger/observations", READER)) {
                if (o.path("period").asString().equals(period) && o.path("dimensions").path("boligtype").asString()
                        .equals(type)) {
                    values.add(type + "=" + o.path("value").decimalValue().stripTrailingZeros().toPlainString());
                }
            }
        }
        return values;
    }

    private static String text(JsonNode node) {
        return node.isNull() ? "null" : String.valueOf(node.asInt());
    }

    JsonNode upload(byte[] content, RequestPostProcessor who, int expected) throws Exception {
        MvcResult r = mvc.perform(multipart("/api/v1/imports/rents").file(file(content)).with(who).with(csrf()))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "husleje.csv", "text/csv", content);
    }

    JsonNode getJson(String path, RequestPostProcessor who) throws Exception {
        MvcResult r = mvc.perform(get(path).with(who)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path + " " + r.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("rent.cutoff", "rent.dwelling", "rent.band_count", "indicator.observation",
                "indicator.observation_revision", "housing.organisation", "housing.department")) {
            rows.addAll(jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1").query(String.class).list());
        }
        return rows;
    }
}
