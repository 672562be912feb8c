package dk.almenmonitor.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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
 * The energy datasets through the import API and the answers through the housing API, on hand-checked small files
 * (the expected figures are worked out in the comments): the "C/D" rule, validity on a date, the share E or worse
 * against 2014, degree-day normalisation, quartiles and the worst tenth, who may import and who sees departments.
 */
@DirtiesContext
@SpringBootTest(properties = "almen.test.context=energy")
@AutoConfigureMockMvc
class EnergyIntegrationTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");
    static final RequestPostProcessor READER = user("laeser").roles("READER");
    static final RequestPostProcessor EDITOR = user("sof").roles("EDITOR");

    // Valid on 2014-12-31: L1 C, L2 D (given "C/D"), L3 E, L4 F (given "F/E") -> 4 labels, 2 E or worse = 50,0 %.
    // L7 is cancelled and never counts. Valid on 2016-12-01 (the latest ValidFrom, the extract's date): L1 C, L2 D,
    // L3 E, L4 F, L5 G, L6 B, L8 E ("D/E"), L9 A2015, L10 B -> 9 labels, 4 E or worse = 44,4 %.
    // Year-end shares: 2010 1/1, 2011 1/1 (L7 cancelled), 2012 1/2, 2013 1/3, 2014 2/4, 2015 3/5, 2016 4/9.
    static final String LABELS = """
            energimaerke_id;klassifikation;gyldig_fra;gyldig_til;status;postnr;bbr_bygning;organisationsnr;afdelingsnr
            L1;C;2012-05-01;2022-05-01;VALID;2300;b1;7;1
            L2;C/D;10.01.2013;10.01.2023;VALID;2300;b2;7;1
            L3;E;2014-03-01;2024-03-01;VALID;2400;b3;7;2
            L4;F/E;2010-06-01;2020-06-01;VALID;2400;b4;8;1
            L5;G;2015-02-01;2025-02-01;VALID;2500;b5;8;2
            L6;B;2016-04-01;2026-04-01;VALID;2500;b6;9;1
            L7;E;2011-01-01;2021-01-01;Annulleret;2300;b7;9;1
            L8;D/E;2016-09-01;2026-09-01;VALID;2300;b8;9;2
            L9;A2015;2016-12-01;2026-12-01;VALID;2100;b9;;
            L10;B;2016-11-01;2026-11-01;;2100;;;
            """;

    // Degree days 2010: 3.200 -> factor 0,75 * 3112 / 3200 + 0,25 = 0,979375; 2016: 2.800 -> 1,0835714...
    static final String DEGREE_DAYS = "aar;graddage\n2010;3200\n2016;2800,0\n";
    // 2016 actual kWh/m²: 120, 140, 90, 160, 200; normalised (x 1,0835714): 130,0 151,7 97,5 173,4 216,7.
    // Sector 2016: 5.950 MWh / 40.000 m² = 148,75 -> 148,8; normalised 148,75 x 1,0835714 = 161,18 -> 161,2.
    // Quartiles (normalised): 130,0 / 151,7 / 173,4; worst tenth: ceil(5/10) = 1 department, 9/1 at 216,7.
    // Sector 2010: 2.100 MWh / 15.000 m² = 140,0; normalised 140 x 0,979375 = 137,1 (the baseline; target 96,0).
    static final String HEAT = """
            organisationsnr;afdelingsnr;aar;mwh;opvarmet_areal_m2
            7;1;2016;1200;10000
            7;2;2016;700;5000
            8;1;2016;450,0;5000
            8;2;2016;1600;10000
            9;1;2016;2000;10000
            7;1;2010;1500;10000
            8;1;2010;600;5000
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Value("${almen.demo.password}")
    String demoPassword;

    @Test
    void labelsGiveTheCountsPerClassAndTheShareEOrWorseOnADateAndTheSameFileAgainChangesNothing() throws Exception {
        JsonNode report = upload("energy-labels", LABELS, "maerker.csv", STEWARD, 200);
        assertThat(report.path("rows").asInt()).isEqualTo(10);
        assertThat(report.path("format").asString()).isEqualTo("CSV");
        assertThat(report.path("labels").path("created").asInt()).isEqualTo(10);

        JsonNode extract = api("/api/v1/housing/energy-labels", READER);
        assertThat(extract.path("asOf").asString()).as("default: the extract's date").isEqualTo("2016-12-01");
        assertThat(extract.path("labelled").asInt()).isEqualTo(9);
        assertThat(extract.path("eOrWorse").asInt()).isEqualTo(4);
        assertThat(extract.path("eOrWorseSharePct").decimalValue()).isEqualByComparingTo("44.4");
        assertThat(extract.path("byClass").path("A2015").asInt()).isEqualTo(1);
        assertThat(extract.path("byClass").path("B").asInt()).isEqualTo(2);
        assertThat(extract.path("byClass").path("C").asInt()).as("C/D is D").isEqualTo(1);
        assertThat(extract.path("byClass").path("D").asInt()).isEqualTo(1);
        assertThat(extract.path("byClass").path("E").asInt()).as("D/E is E; the cancelled E not").isEqualTo(2);
        assertThat(extract.path("byClass").path("F").asInt()).as("F/E is F").isEqualTo(1);
        assertThat(extract.path("byClass").path("G").asInt()).isEqualTo(1);
        assertThat(extract.path("importId").asString()).isEqualTo(report.path("importId").asString());
        assertThat(extract.path("baselineSharePct").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(extract.path("targetSharePct").decimalValue()).isEqualByComparingTo("25.0");
        List<String> organisations = new ArrayList<>();
        extract.path("organisations").forEach(o -> organisations.add(o.path("organisationNo").asInt() + ":"
                + o.path("departmentsEOrWorse").asInt() + "/" + o.path("departments").asInt()));
        assertThat(organisations).containsExactly("8:2/2", "7:1/2", "9:1/2");

        JsonNode baseline = api("/api/v1/housing/energy-labels?asOf=2014-12-31", READER);
        assertThat(baseline.path("labelled").asInt()).isEqualTo(4);
        assertThat(baseline.path("eOrWorseSharePct").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(api("/api/v1/housing/energy-labels?asOf=2020-06-01", READER).path("labelled").asInt())
                .as("ValidTo is the last valid day").isEqualTo(9);
        assertThat(api("/api/v1/housing/energy-labels?asOf=2020-06-02", READER).path("labelled").asInt())
                .isEqualTo(8);

        Document page = page("/data/energimaerker?asOf=2014-12-31", READER);
        assertThat(page.select("main dl").text()).contains("4").contains("50,0 %").contains("25,0 %");
        assertThat(page.select("main svg").size()).as("class and share charts").isEqualTo(2);
        assertThat(page.select("main a[href^=/aftaler/][href*=/maal/]")).as("the goal it serves").isNotEmpty();
        assertThat(page.text()).contains("maerker.csv").contains(report.path("importId").asString());
        MvcResult csv = mvc.perform(get("/data/energimaerker.csv").with(READER)).andReturn();
        String csvText = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFFaar;opgjort_pr;maerker;A2020").contains("\r\n2014;2014-12-31;4;0;0;0;0;1;1;1;1;0;2;50\r\n")
                .contains("2016;2016-12-01;9;0;1;0;2;1;1;2;1;1;4;44,4\r\n");

        List<String> before = snapshot();
        JsonNode again = upload("energy-labels", LABELS, "maerker.csv", STEWARD, 200);
        assertThat(again.path("labels").path("unchanged").asInt()).isEqualTo(10);
        assertThat(snapshot()).as("the same file again changes nothing").isEqualTo(before);

        // EMO JSON: a label array inside an object, numbers and date-times as EMO writes them, fields we skip.
        String emo = """
                {"total": 2, "EnergyLabels": [
                  {"EnergyLabelSerialIdentifier": "J1", "EnergyLabelClassification": "C/D",
                   "ValidFrom": "2016-05-01T00:00:00", "ValidTo": "2026-05-01T00:00:00", "LabelStatus": "VALID",
                   "ZipCode": 2300, "Address": {"Street": "Vej 1"}, "BuildingNumbers": ["1", "2"]},
                  {"EnergyLabelSerialIdentifier": "J2", "EnergyLabelClassification": "A2020",
                   "ValidFrom": "2016-06-01", "ValidTo": "2026-06-01", "LabelStatus": "VALID", "ZipCode": "2400"}
                ]}
                """;
        JsonNode jsonReport = upload("energy-labels", emo, "emo.json", ADMIN, 200);
        assertThat(jsonReport.path("format").asString()).isEqualTo("JSON");
        assertThat(jsonReport.path("labels").path("created").asInt()).isEqualTo(2);
        JsonNode withJson = api("/api/v1/housing/energy-labels?asOf=2016-12-01", READER);
        assertThat(withJson.path("labelled").asInt()).isEqualTo(11);
        assertThat(withJson.path("byClass").path("D").asInt()).as("C/D is D in EMO JSON too").isEqualTo(2);
        assertThat(withJson.path("byClass").path("A2020").asInt()).isEqualTo(1);
        assertThat(withJson.path("importId").asString()).isEqualTo(jsonReport.path("importId").asString());

        JsonNode brokenJson = upload("energy-labels", "[{\"EnergyLabelSerialIdentifier\": \"J3\", "
                + "\"EnergyLabelClassification\": \"H\", \"ValidFrom\": \"2016-01-01\", \"ValidTo\": \"2026-01-01\"}]",
                "emo.json", ADMIN, 422);
        assertThat(brokenJson.path("errors").get(0).path("row").asInt()).isEqualTo(1);
        assertThat(brokenJson.path("errors").get(0).path("column").asString()).isEqualTo("EnergyLabelClassification");
    }

    @Test
    void badLabelAndHeatFilesAre422WithRowAndColumnAndChangeNothing() throws Exception {
        List<String> before = snapshot();
        String header = "energimaerke_id;klassifikation;gyldig_fra;gyldig_til\n";
        JsonNode missing = upload("energy-labels", "energimaerke_id;klassifikation;gyldig_fra\nX1;C;2016-01-01\n",
                "mangler.csv", STEWARD, 422);
        assertThat(missing.path("errors").get(0).path("message").asString()).contains("gyldig_til");

        JsonNode middle = upload("energy-labels", header + "X1;C;2016-01-01;2026-01-01\nX2;Q;2016-01-01;2026-01-01\n"
                + "X3;D;2016-13-01;2026-01-01\nX4;E;2016-01-01;2026-01-01\n", "midt.csv", STEWARD, 422);
        assertThat(problems(middle)).containsExactly("3:klassifikation", "4:gyldig_fra");

        JsonNode duplicate = upload("energy-labels", header + "X1;C;2016-01-01;2026-01-01\nX2;D;2016-01-01;2026-01-01\n"
                + "X1;E;2016-01-01;2026-01-01\n", "dublet.csv", STEWARD, 422);
        assertThat(problems(duplicate)).containsExactly("4:energimaerke_id");
        assertThat(duplicate.path("errors").get(0).path("message").asString()).contains("række 2");

        JsonNode text = upload("heat", "organisationsnr;afdelingsnr;aar;mwh;opvarmet_areal_m2\n7;1;2016;1200;10000\n"
                + "7;2;2016;mange;5000\n7;3;2016;100;5000\n", "tekst.csv", STEWARD, 422);
        assertThat(problems(text)).containsExactly("3:mwh");

        JsonNode broken = upload("heat", "organisationsnr;afdelingsnr;aar;mwh;opvarmet_areal_m2\n7;1;2016;1200;10000\n"
                + "7;2;\"2016;700;5000\n7;3;2016;100;5000\n", "brudt.csv", STEWARD, 422);
        assertThat(broken.path("errors").get(0).path("row").asInt()).isEqualTo(3);

        JsonNode heatDuplicate = upload("heat", "organisationsnr;afdelingsnr;aar;mwh;opvarmet_areal_m2\n"
                + "7;1;2016;1200;10000\n7;1;2016;1300;10000\n", "dublet.csv", STEWARD, 422);
        assertThat(problems(heatDuplicate)).containsExactly("3:afdelingsnr");

        JsonNode degree = upload("degree-days", "aar;graddage\n2016;2800\n2016;2900\n20x6;1\n", "gd.csv", STEWARD, 422);
        assertThat(problems(degree)).containsExactly("3:aar", "4:aar");

        assertThat(snapshot()).as("every table unchanged").isEqualTo(before);
    }

    @Test
    void editorsAndReadersMayNotImport() throws Exception {
        for (RequestPostProcessor who : List.of(READER, EDITOR)) {
            for (String dataset : List.of("energy-labels", "heat", "degree-days")) {
                MvcResult r = mvc.perform(multipart("/api/v1/imports/" + dataset).file(new MockMultipartFile("file",
                        "x.csv", "text/csv", "aar;graddage\n2016;2800\n".getBytes(StandardCharsets.UTF_8)))
                        .with(who).with(csrf())).andReturn();
                assertThat(r.getResponse().getStatus()).as(dataset).isEqualTo(403);
            }
        }
    }

    @Test
    void heatIsDegreeDayNormalisedWithQuartilesAndTheWorstTenthForWhoMaySeeDepartments() throws Exception {
        JsonNode heatReport = upload("heat", HEAT, "varme.csv", STEWARD, 200);
        JsonNode before = api("/api/v1/housing/heat?year=2016", ADMIN);
        assertThat(before.path("sectorKwhPerM2").decimalValue()).isEqualByComparingTo("148.8");
        assertThat(before.path("importId").asString()).isEqualTo(heatReport.path("importId").asString());

        upload("degree-days", DEGREE_DAYS, "graddage.csv", STEWARD, 200);
        JsonNode admin = api("/api/v1/housing/heat?year=2016", ADMIN);
        assertThat(admin.path("year").asInt()).isEqualTo(2016);
        assertThat(admin.path("degreeDays").decimalValue()).isEqualByComparingTo("2800");
        assertThat(admin.path("sectorKwhPerM2").decimalValue()).isEqualByComparingTo("148.8");
        assertThat(admin.path("sectorKwhPerM2Normalised").decimalValue()).isEqualByComparingTo("161.2");
        assertThat(admin.path("baselineKwhPerM2Normalised").decimalValue()).isEqualByComparingTo("137.1");
        assertThat(admin.path("targetKwhPerM2Normalised").decimalValue()).isEqualByComparingTo("96.0");
        assertThat(admin.path("quartiles").path("q1").decimalValue()).isEqualByComparingTo("130.0");
        assertThat(admin.path("quartiles").path("median").decimalValue()).isEqualByComparingTo("151.7");
        assertThat(admin.path("quartiles").path("q3").decimalValue()).isEqualByComparingTo("173.4");
        List<String> departments = new ArrayList<>();
        admin.path("departments").forEach(d -> departments.add(d.path("organisationNo").asInt() + "/"
                + d.path("departmentNo").asInt() + " " + d.path("kwhPerM2Normalised").decimalValue().toPlainString()
                + " Q" + d.path("quartile").asInt() + (d.path("worstTenPercent").asBoolean() ? " worst" : "")));
        assertThat(departments).containsExactly("7/1 130.0 Q1", "7/2 151.7 Q2", "8/1 97.5 Q1", "8/2 173.4 Q3",
                "9/1 216.7 Q4 worst");
        assertThat(api("/api/v1/housing/heat?year=2016", STEWARD).path("departments")).hasSize(5);

        for (RequestPostProcessor who : List.of(READER, EDITOR, httpBasic("tmf", demoPassword))) {
            JsonNode sector = api("/api/v1/housing/heat?year=2016", who);
            assertThat(sector.path("sectorKwhPerM2Normalised").decimalValue()).isEqualByComparingTo("161.2");
            assertThat(sector.path("departments")).as("no departments").isEmpty();
            assertThat(sector.path("quartiles").isNull()).isTrue();
        }
        jdbc.sql("update housing.organisation set account_code = 'BL1' where organisation_no = 7").update();
        JsonNode own = api("/api/v1/housing/heat?year=2016", httpBasic("bl1", demoPassword));
        List<String> owns = new ArrayList<>();
        own.path("departments").forEach(d -> owns.add(d.path("organisationNo").asInt() + "/"
                + d.path("departmentNo").asInt()));
        assertThat(owns).as("the organisation's own EDITOR sees its departments only").containsExactly("7/1", "7/2");

        Document adminPage = page("/data/varme?year=2016", ADMIN);
        assertThat(adminPage.select("#departments-heading ~ div table tbody tr")).hasSize(5);
        assertThat(adminPage.select("main dl").text()).contains("2.800").contains("148,8").contains("161,2")
                .contains("137,1").contains("96,0");
        Document readerPage = page("/data/varme?year=2016", READER);
        assertThat(readerPage.select("#departments-heading ~ div table")).as("no departments for a reader").isEmpty();
        assertThat(readerPage.select("main dl").text()).contains("161,2");
        assertThat(readerPage.select("main svg")).hasSize(1);
        assertThat(mvc.perform(get("/data/varme.csv").with(READER)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("\r\n2016;2800;5;5950;40000;148,8;0,25;161,2\r\n");

        List<String> observations = new ArrayList<>();
        json.readTree(mvc.perform(get("/api/v1/indicators/varmeforbrug-m2/observations").with(READER)).andReturn()
                .getResponse().getContentAsString()).forEach(o -> observations.add(o.path("period").asString() + " "
                        + o.path("value").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(observations).contains("2010 137.1", "2016 161.2");

        List<String> unchanged = snapshot();
        upload("heat", HEAT, "varme.csv", STEWARD, 200);
        upload("degree-days", DEGREE_DAYS, "graddage.csv", STEWARD, 200);
        assertThat(snapshot()).as("the same files again change nothing").isEqualTo(unchanged);
    }

    @Test
    void badQueryParametersAre400AndUnknownYearsAre404() throws Exception {
        for (String path : List.of("/api/v1/housing/heat?year=tyve", "/api/v1/housing/heat?year=1800",
                "/api/v1/housing/energy-labels?asOf=31-12-2016", "/api/v1/housing/energy-labels?asOf=3016-01-01")) {
            MvcResult r = mvc.perform(get(path).with(READER)).andReturn();
            assertThat(r.getResponse().getStatus()).as(path).isEqualTo(400);
            assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        }
        assertThat(mvc.perform(get("/api/v1/housing/heat?year=1999").with(READER)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    private JsonNode upload(String dataset, String content, String name, RequestPostProcessor who, int expected)
            throws Exception {
        MvcResult r = mvc.perform(multipart("/api/v1/imports/" + dataset).file(new MockMultipartFile("file", name,
                "application/octet-stream", content.getBytes(StandardCharsets.UTF_8))).with(who).with(csrf()))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode api(String path, RequestPostProcessor who) throws Exception {
        MvcResult r = mvc.perform(get(path).with(who)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        MvcResult r = mvc.perform(get(path).with(who)).andReturn();
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(html).isEqualTo(200);
        return Jsoup.parse(html);
    }

    private static List<String> problems(JsonNode report) {
        List<String> problems = new ArrayList<>();
        report.path("errors").forEach(e -> problems.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        return problems;
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("energy.label", "energy.label_load", "energy.label_year", "energy.heat",
                "energy.heat_year_load", "energy.heat_department", "energy.heat_sector", "energy.degree_days",
                "indicator.observation", "indicator.observation_revision")) {
            rows.addAll(jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1").query(String.class).list());
        }
        return rows;
    }
}
