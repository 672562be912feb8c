package dk.almenmonitor.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
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
 * The share of almene boliger from both sources through the pipeline and the API (issue 11): a hand-checked BBR CSV
 * and the same units as BBR JSON give the same figure, a BOL101 file gives its figures per year, broken files are 422
 * with row and column and change nothing, and only importers may upload.
 */
@DirtiesContext
@SpringBootTest(properties = "almen.test.context=stock")
@AutoConfigureMockMvc
class StockShareIntegrationTests {

    static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");
    static final RequestPostProcessor READER = user("laeser").roles("READER");

    static final String HEADER = "kommunekode;postnr;enh020EnhedensAnvendelse;enh046OffentligStøtte;byg066Ejerforhold;"
            + "enh026EnhedensSamledeAreal;status;id_lokalId\n";
    /**
     * Hand-checked: in København (0101, also written 101) 11 dwellings count, 5 of them almene → 5 / 11 = 45,45 % →
     * 45,5 %. Almen: u01 (support 10), u02 (25), u04 (no support, owner 20), u06 (40), u07 (42, a kollegie 150). Not
     * almen: u03 (support 0 beats owner 20), u05, u11, u12 (support 20 is not almen), u14 (131, written 101), u15 (no
     * support, no owner). Not counted: u08 (status 10), u09 (status 11), u10 (185 annex), u13 (Frederiksberg).
     */
    static final String UNITS = HEADER + """
            0101;2200;140;10;20;65;7;u01
            0101;2200;140;25;20;30;7;u02
            0101;2300;140;0;20;80;7;u03
            0101;2300;120;;20;120;6;u04
            0101;2300;110;;10;140,5;6;u05
            0101;2400;140;40;;55;7;u06
            0101;2400;150;42;;25;7;u07
            0101;2400;140;10;20;70;10;u08
            0101;2400;140;10;20;70;11;u09
            0101;2400;185;10;20;20;7;u10
            0101;2100;140;0;10;90;7;u11
            0101;2100;190;20;50;40;7;u12
            0147;2000;140;10;20;60;7;u13
            101;2100;131;15;30;100;7;u14
            0101;2100;140;;;50;7;u15
            """;

    /** The same units as BBR JSON: strings and numbers, nulls, fields the share does not use, in another order. */
    static final String UNITS_JSON = """
            [
             {"id_lokalId": "u01", "id_namespace": "http://data.gov.dk/bbr/enhed", "kommunekode": "0101",
              "enh020EnhedensAnvendelse": "140", "enh046OffentligStøtte": "10", "byg066Ejerforhold": "20", "status": "7",
              "registreringFra": "2014-01-01T00:00:00+01:00", "enh026EnhedensSamledeAreal": 65},
             {"id_lokalId": "u02", "kommunekode": "0101", "enh020EnhedensAnvendelse": 140, "enh046OffentligStøtte": 25,
              "byg066Ejerforhold": 20, "status": 7, "postnr": 2200},
             {"id_lokalId": "u03", "kommunekode": "0101", "enh020EnhedensAnvendelse": "140", "enh046OffentligStøtte": "0",
              "byg066Ejerforhold": "20", "status": "7"},
             {"id_lokalId": "u04", "kommunekode": "0101", "enh020EnhedensAnvendelse": "120", "enh046OffentligStøtte": null,
              "byg066Ejerforhold": "20", "status": "6", "adresse": {"vejnavn": "Nørrebrogade", "husnr": ["1", "2"]}},
             {"id_lokalId": "u05", "kommunekode": "0101", "enh020EnhedensAnvendelse": "110", "byg066Ejerforhold": "10",
              "status": "6", "enh026EnhedensSamledeAreal": 140.5},
             {"id_lokalId": "u06", "kommunekode": "0101", "enh020EnhedensAnvendelse": "140", "enh046OffentligStøtte": "40",
              "status": "7"},
             {"id_lokalId": "u07", "kommunekode": "0101", "enh020EnhedensAnvendelse": "150", "enh046OffentligStøtte": "42",
              "status": "7"},
             {"id_lokalId": "u08", "kommunekode": "0101", "enh020EnhedensAnvendelse": "140", "enh046OffentligStøtte": "10",
              "byg066Ejerforhold": "20", "status": "10"},
             {"id_lokalId": "u09", "kommunekode": "0101", "enh020EnhedensAnvendelse": "140", "enh046OffentligStøtte": "10",
              "byg066Ejerforhold": "20", "status": "11"},
             {"id_lokalId": "u10", "kommunekode": "0101", "enh020EnhedensAnvendelse": "185", "enh046OffentligStøtte": "10",
              "byg066Ejerforhold": "20", "status": "7"},
             {"id_lokalId": "u11", "kommunekode": "0101", "enh020EnhedensAnvendelse": "140", "enh046OffentligStøtte": "0",
              "byg066Ejerforhold": "10", "status": "7"},
             {"id_lokalId": "u12", "kommunekode": "0101", "enh020EnhedensAnvendelse": "190", "enh046OffentligStøtte": "20",
              "byg066Ejerforhold": "50", "status": "7"},
             {"id_lokalId": "u13", "kommunekode": "0147", "enh020EnhedensAnvendelse": "140", "enh046OffentligStøtte": "10",
              "byg066Ejerforhold": "20", "status": "7"},
             {"id_lokalId": "u14", "kommunekode": 101, "enh020EnhedensAnvendelse": 131, "enh046OffentligStøtte": 15,
              "byg066Ejerforhold": 30, "status": 7},
             {"id_lokalId": "u15", "kommunekode": "0101", "enh020EnhedensAnvendelse": "140", "status": "7"}
            ]
            """;

    /**
     * Hand-checked BOL101 (København = code 101 or the name; Frederiksberg left out): 2020 has no owner total, so
     * dwellings = the sum over the owners = 59.200 + 159.000 + 80.000 = 298.200 (one suppressed cell left out), almene
     * 58.000 + 1.200 = 59.200 → 19,85 % → 19,9 %; 2021 has the owner total "I alt": 250.000 + 45.000 = 295.000, almene
     * 58.500 + 1.100 = 59.600 → 20,20 % → 20,2 %.
     */
    static final String BOL101 = """
            OMRÅDE;BEBO;EJER;TID;INDHOLD
            København;Beboede boliger;Almene boligselskaber;2020;58.000
            København;Ubeboede boliger;Almene boligselskaber;2020;1.200
            København;Beboede boliger;Privatpersoner inkl. I/S;2020;150.000
            101 København;Ubeboede boliger;Privatpersoner inkl. I/S;2020;9000
            København;Beboede boliger;Private andelsboligforeninger;2020;80.000
            København;Ubeboede boliger;Private andelsboligforeninger;2020;..
            Frederiksberg;Beboede boliger;Almene boligselskaber;2020;7.000
            København;Beboede boliger;Almene boligselskaber;2021;58.500
            København;Ubeboede boliger;Almene boligselskaber;2021;1.100
            København;Beboede boliger;I alt;2021;250.000
            København;Ubeboede boliger;I alt;2021;45.000
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHandCheckedBbrCsvAndTheSameUnitsAsJsonGiveTheSameShareOnTheApiAndTheIndicator() throws Exception {
        JsonNode report = upload("bbr-units", UNITS.getBytes(StandardCharsets.UTF_8), "bbr.csv", "2021-12-31", STEWARD,
                200);
        assertThat(report.path("status").asString()).isEqualTo("IMPORTED");
        assertThat(report.path("format").asString()).isEqualTo("CSV");
        assertThat(report.path("rows").asInt()).isEqualTo(15);
        assertThat(report.path("shares").path("created").asInt()).isEqualTo(1);
        assertThat(report.path("ignoredByStatus").asInt()).isEqualTo(2);
        assertThat(report.path("ignoredByUse").asInt()).isEqualTo(1);

        JsonNode share = getJson("/api/v1/housing/stock-share?cutoff=2021-12-31", READER, 200);
        assertThat(share.path("cutoff").asString()).isEqualTo("2021-12-31");
        assertThat(share.path("almene").asInt()).isEqualTo(5);
        assertThat(share.path("dwellings").asInt()).isEqualTo(11);
        assertThat(share.path("sharePct").decimalValue()).isEqualByComparingTo("45.5");
        assertThat(share.path("method").asString()).isEqualTo("BBR-enheder");
        assertThat(share.path("methodCode").asString()).isEqualTo("BBR_UNITS");
        assertThat(share.path("source").asString()).contains("BBR");
        assertThat(share.path("importId").asString()).isEqualTo(report.path("importId").asString());
        assertThat(share.path("fileName").asString()).isEqualTo("bbr.csv");

        List<String> before = snapshot();
        JsonNode again = upload("bbr-units", windows1252(UNITS), "bbr-1252.csv", "31.12.2021", STEWARD, 200);
        assertThat(again.path("encoding").asString()).isEqualTo("windows-1252");
        assertThat(again.path("shares").path("unchanged").asInt()).as("the same units again").isEqualTo(1);

        JsonNode fromJson = upload("bbr-units", UNITS_JSON.getBytes(StandardCharsets.UTF_8), "bbr.json", "2021-12-31",
                STEWARD, 200);
        assertThat(fromJson.path("format").asString()).isEqualTo("JSON");
        assertThat(fromJson.path("rows").asInt()).isEqualTo(15);
        assertThat(fromJson.path("shares").path("unchanged").asInt()).as("the JSON gives the same counts").isEqualTo(1);
        assertThat(fromJson.path("warnings").toString()).contains("id_namespace").contains("adresse");
        assertThat(snapshot()).as("nothing changed by the same units twice").isEqualTo(before);

        JsonNode other = upload("bbr-units", UNITS_JSON.getBytes(StandardCharsets.UTF_8), "bbr.json", "2022-06-30",
                STEWARD, 200);
        assertThat(other.path("shares").path("created").asInt()).isEqualTo(1);
        JsonNode jsonShare = getJson("/api/v1/housing/stock-share?cutoff=2022-06-30", READER, 200);
        assertThat(jsonShare.path("sharePct").decimalValue()).isEqualByComparingTo("45.5");
        assertThat(jsonShare.path("almene").asInt()).isEqualTo(5);
        assertThat(jsonShare.path("dwellings").asInt()).isEqualTo(11);
        assertThat(getJson("/api/v1/housing/stock-share", READER, 200).path("cutoff").asString())
                .as("without a cut-off the latest").isEqualTo("2022-06-30");

        JsonNode observations = getJson("/api/v1/indicators/almene-boliger-andel/observations", READER, 200);
        assertThat(observations.toString()).contains("2021-12-31").contains("2022-06-30");
    }

    @Test
    void aHandCheckedBol101FileGivesItsFiguresPerYear() throws Exception {
        JsonNode report = upload("bol101", windows1252(BOL101), "BOL101.csv", null, STEWARD, 200);
        assertThat(report.path("status").asString()).isEqualTo("IMPORTED");
        assertThat(report.path("shares").path("created").asInt()).isEqualTo(2);
        assertThat(report.path("warnings").toString()).contains("2020").contains("1 diskretionerede");

        JsonNode y2020 = getJson("/api/v1/housing/stock-share?cutoff=2020-01-01&method=BOL101", READER, 200);
        assertThat(y2020.path("almene").asInt()).isEqualTo(59_200);
        assertThat(y2020.path("dwellings").asInt()).isEqualTo(298_200);
        assertThat(y2020.path("sharePct").decimalValue()).isEqualByComparingTo("19.9");
        assertThat(y2020.path("method").asString()).isEqualTo("Danmarks Statistik BOL101");
        assertThat(y2020.path("suppressedCells").asInt()).isEqualTo(1);
        JsonNode y2021 = getJson("/api/v1/housing/stock-share?cutoff=2021-01-01", READER, 200);
        assertThat(y2021.path("almene").asInt()).isEqualTo(59_600);
        assertThat(y2021.path("dwellings").asInt()).isEqualTo(295_000);
        assertThat(y2021.path("sharePct").decimalValue()).isEqualByComparingTo("20.2");

        JsonNode list = getJson("/api/v1/housing/stock-shares?method=BOL101", READER, 200);
        assertThat(list).hasSize(2);
        assertThat(list.get(0).path("cutoff").asString()).isEqualTo("2020-01-01");

        JsonNode again = upload("bol101", BOL101.getBytes(StandardCharsets.UTF_8), "BOL101.csv", null, STEWARD, 200);
        assertThat(again.path("shares").path("unchanged").asInt()).isEqualTo(2);
        assertThat(again.path("observations").path("unchanged").asInt()).isEqualTo(2);

        MvcResult page = mvc.perform(get("/data/almene-boliger").with(READER)).andReturn();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.getResponse().getStatus()).as(html).isEqualTo(200);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("main h1").text()).isEqualTo("Almene boligers andel af boligerne");
        assertThat(doc.select("main svg[role=img] title").text()).contains("Almene boligers andel");
        assertThat(doc.select("main svg .mchart__reference")).as("the 20 % goal line").hasSize(1);
        assertThat(doc.select("main").text()).contains("Mål: mindst 20 %").contains("19,9 %").contains("20,2 %")
                .contains("59.600").contains("295.000").contains("Danmarks Statistik BOL101").contains("BOL101.csv")
                .contains(report.path("importId").asString());
        assertThat(doc.select("a[href^=/aftaler/kk-bl1-2015-2018/maal/]").text())
                .contains("At almene boliger skal udgøre minimum 20 pct.");
        assertThat(doc.select("a[href=/data/almene-boliger.csv]")).hasSize(1);
        assertThat(doc.select("[style]")).as("CSP").isEmpty();

        MvcResult csv = mvc.perform(get("/data/almene-boliger.csv").with(READER)).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFopgoerelsesdato;kommunekode;metode;almene_boliger;boliger;andel_pct")
                .contains("2021-01-01;0101;Danmarks Statistik BOL101;59600;295000;20,2;0;");
    }

    @Test
    void brokenFilesAre422WithRowAndColumnAndChangeNothing() throws Exception {
        List<String> before = snapshot();
        String[] lines = UNITS.split("\n");

        JsonNode missing = upload("bbr-units", (lines[0].replace(";status", "") + "\n0101;2200;140;10;20;65;u01\n")
                .getBytes(StandardCharsets.UTF_8), "uden-status.csv", "2021-12-31", STEWARD, 422);
        assertThat(missing.path("errors").toString()).contains("status");

        JsonNode text = upload("bbr-units", UNITS.replace("0101;2300;140;0;20;80;7;u03", "0101;2300;etage;0;20;80;7;u03")
                .getBytes(StandardCharsets.UTF_8), "tekst.csv", "2021-12-31", STEWARD, 422);
        assertError(text, 4, "enh020EnhedensAnvendelse", "etage");

        JsonNode duplicate = upload("bbr-units", (UNITS + "0101;2200;140;10;20;65;7;u02\n")
                .getBytes(StandardCharsets.UTF_8), "dublet.csv", "2021-12-31", STEWARD, 422);
        assertError(duplicate, 17, "id_lokalId", "række 3");

        JsonNode broken = upload("bbr-units", UNITS.replace("0101;2300;120;;20;120;6;u04", "0101;2300;\"120;;20;120;6;u04")
                .getBytes(StandardCharsets.UTF_8), "brudt.csv", "2021-12-31", STEWARD, 422);
        assertThat(broken.path("errors").get(0).path("row").asInt()).isEqualTo(5);

        JsonNode brokenJson = upload("bbr-units", UNITS_JSON.substring(0, UNITS_JSON.indexOf("u05") + 10)
                .getBytes(StandardCharsets.UTF_8), "brudt.json", "2021-12-31", STEWARD, 422);
        assertThat(brokenJson.path("errors").get(0).path("row").asInt()).isEqualTo(5);

        JsonNode textJson = upload("bbr-units", UNITS_JSON.replace("\"status\": \"6\"", "\"status\": \"opført\"")
                .getBytes(StandardCharsets.UTF_8), "tekst.json", "2021-12-31", STEWARD, 422);
        assertError(textJson, 4, "status", "opført");

        JsonNode noCutoff = upload("bbr-units", UNITS.getBytes(StandardCharsets.UTF_8), "bbr.csv", null, STEWARD, 422);
        assertThat(noCutoff.path("errors").toString()).contains("opgoerelsesdato");

        JsonNode bol = upload("bol101", BOL101.replace("2021;58.500", "2021;mange").getBytes(StandardCharsets.UTF_8),
                "bol.csv", null, STEWARD, 422);
        assertError(bol, 9, "INDHOLD", "mange");
        JsonNode bolDuplicate = upload("bol101", (BOL101 + "København;Beboede boliger;I alt;2021;1\n")
                .getBytes(StandardCharsets.UTF_8), "bol.csv", null, STEWARD, 422);
        assertError(bolDuplicate, 13, "TID", "række 11");

        assertThat(snapshot()).as("every table unchanged").isEqualTo(before);
    }

    @Test
    void onlyImportersUploadAndBadQueriesAreRefusedInDanish() throws Exception {
        for (RequestPostProcessor who : List.of(READER, user("sof").roles("EDITOR"))) {
            for (String dataset : List.of("bbr-units", "bol101")) {
                upload(dataset, UNITS.getBytes(StandardCharsets.UTF_8), "x.csv", "2021-12-31", who, 403);
            }
        }
        MvcResult bad = mvc.perform(get("/api/v1/housing/stock-share").param("cutoff", "31-12-20x").with(READER))
                .andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Opgørelsesdatoen");
        assertThat(mvc.perform(get("/api/v1/housing/stock-share").param("method", "gæt").with(READER)).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        MvcResult unknown = mvc.perform(get("/api/v1/housing/stock-share").param("cutoff", "1999-01-01").with(READER))
                .andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("ingen andel");
    }

    private static void assertError(JsonNode report, int row, String column, String text) {
        JsonNode first = report.path("errors").get(0);
        assertThat(first.path("row").asInt()).as(report.toString()).isEqualTo(row);
        assertThat(first.path("column").asString()).as(report.toString()).isEqualTo(column);
        assertThat(first.path("message").asString()).as(report.toString()).contains(text);
    }

    private JsonNode upload(String dataset, byte[] content, String name, String cutoff, RequestPostProcessor who,
                            int expected) throws Exception {
        var request = multipart("/api/v1/imports/" + dataset)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content));
        if (cutoff != null) {
            request.param("opgoerelsesdato", cutoff);
        }
        MvcResult r = mvc.perform(request.with(who).with(csrf())).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(expected);
        return json.readTree(body);
    }

    private JsonNode getJson(String path, RequestPostProcessor who, int expected) throws Exception {
        MvcResult r = mvc.perform(get(path).with(who)).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(expected);
        return json.readTree(body);
    }

    private static byte[] windows1252(String text) {
        return text.getBytes(Charset.forName("windows-1252"));
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("stock.share", "indicator.observation", "indicator.observation_revision")) {
            rows.addAll(jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1").query(String.class).list());
        }
        return rows;
    }
}
