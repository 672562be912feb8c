package dk.almenmonitor.indicatoradmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.agreement.GoalView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Indicators and versioned targets maintained through the API and the pages, with the real demo accounts. */
/* Writes to the database (changes seed targets): its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorTargetsIntegrationTests {

    static final String AGREEMENT = "kk-bl1-2015-2018";
    static final String INDICATOR = """
            {"code": "%s", "name": "Andel nye familieboliger", "unit": "%%", "decimals": 1,
             "direction": "HIGHER_IS_BETTER", "source": "Test", "frequency": "YEAR", "dimensions": []}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgreementCatalog catalog;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void aTargetOnANewIndicatorIsEvaluatedOnImportedObservations() throws Exception {
        call(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content(INDICATOR.formatted("ny-andel")),
                "admin", 201);
        JsonNode duplicate = call(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON)
                .content(INDICATOR.formatted("ny-andel")), "admin", 409);
        assertThat(duplicate.path("detail").asString()).contains("„code“").contains("ny-andel");
        JsonNode bad = call(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON)
                .content(INDICATOR.formatted("ny-andel-2").replace("\"decimals\": 1", "\"decimals\": 9")), "admin", 400);
        assertThat(bad.path("detail").asString()).contains("„decimals“");
        call(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content(INDICATOR.formatted("ny-andel-3")
                .replace("\"decimals\": 1", "\"decimals\": 1.5")), "admin", 400);
        assertThat(call(get("/api/v1/indicators"), "laeser", 200).findValuesAsString("code")).as("not stored as 1 decimal")
                .doesNotContain("ny-andel-3");

        long goal = measurableGoalWithoutTarget();
        String target = """
                {"indicatorCode": "ny-andel", "kind": "AT_LEAST", "value": 50, "tolerance": 1, "mode": "BY_DUE",
                 "duePeriod": "2017"}""";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            java.util.List<java.util.concurrent.Future<JsonNode>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sent.add(pool.submit(() -> call(put("/api/v1/goals/" + goal + "/target")
                        .contentType(MediaType.APPLICATION_JSON).content(target), "admin", 200)));
            }
            for (java.util.concurrent.Future<JsonNode> answer : sent) {
                answer.get();
            }
        } finally {
            pool.shutdown();
        }
        JsonNode set = call(put("/api/v1/goals/" + goal + "/target").contentType(MediaType.APPLICATION_JSON)
                .content(target.replace("\"value\": 50", "\"value\": 50.0")), "admin", 200);
        assertThat(set.path("versions")).as("the same target eleven times, ten of them at once: one version").hasSize(1);
        assertThat(set.path("current").path("precision").asString()).isEqualTo("YEAR");
        assertThat(set.path("versions").get(0).path("first").asBoolean()).isTrue();

        String csv = "indikator;periode;vaerdi\nny-andel;2016;40\nny-andel;2017;49,5\n";
        MvcResult imported = mvc.perform(multipart("/api/v1/imports/observations")
                .file(new MockMultipartFile("file", "ny.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("admin", password)).with(csrf())).andReturn();
        assertThat(imported.getResponse().getStatus()).as(imported.getResponse().getContentAsString()).isEqualTo(200);

        JsonNode before = evaluation(goal, "2017-06-30");
        assertThat(before.path("status").asString()).isEqualTo("OFF_TRACK"); // 40 in 2016, the due year not over
        JsonNode after = evaluation(goal, "2018-01-31");
        assertThat(after.path("status").asString()).isEqualTo("MET_WITHIN_TOLERANCE");
        assertThat(after.path("latest").path("value").decimalValue()).isEqualByComparingTo("49.5");
        assertThat(after.path("indicator").asString()).isEqualTo("ny-andel");
    }

    @Test
    void anEvaluationUsesTheTargetInForceOnItsDate() throws Exception {
        long goal = goalId("At almene boliger skal udgøre minimum 20 pct.");
        JsonNode seed = evaluation(goal, "2017-03-31");
        assertThat(seed.path("target").path("value").decimalValue()).isEqualByComparingTo("20");
        assertThat(seed.path("status").asString()).isEqualTo("MET_WITHIN_TOLERANCE");
        String indicator = seed.path("indicator").asString();

        call(put("/api/v1/goals/" + goal + "/target").contentType(MediaType.APPLICATION_JSON).content("""
                {"indicatorCode": "%s", "kind": "AT_LEAST", "value": 25, "tolerance": 0, "mode": "MAINTAIN",
                 "duePeriod": "2015-2018", "precision": "DAY"}""".formatted(indicator)), "admin", 200);

        JsonNode versions = call(get("/api/v1/goals/" + goal + "/target"), "laeser", 200);
        assertThat(versions.path("versions")).hasSize(2);
        assertThat(versions.path("versions").get(0).path("at").asString()).startsWith("2014-12-31T23:00"); // 1 Jan 2015
        assertThat(versions.path("versions").get(1).path("first").asBoolean()).isFalse();
        assertThat(versions.path("versions").get(1).path("setBy").asString()).isEqualTo("admin");

        JsonNode earlier = evaluation(goal, "2017-03-31");
        assertThat(earlier.path("target").path("value").decimalValue()).as("the seed target was in force")
                .isEqualByComparingTo("20");
        assertThat(earlier.path("status").asString()).isEqualTo("MET_WITHIN_TOLERANCE");
        JsonNode today = evaluation(goal, LocalDate.now().plusDays(1).toString());
        assertThat(today.path("target").path("value").decimalValue()).as("the changed target").isEqualByComparingTo("25");
        assertThat(today.path("status").asString()).isEqualTo("NOT_MET");

        String page = html(get("/aftaler/" + AGREEMENT + "/maal/" + goal + "/maaltal"), "laeser", 200);
        assertThat(page).contains("1. januar 2015").contains("Fastsat").contains("Ændret").contains("Mindst 25 %");
        String goalPage = html(get("/aftaler/" + AGREEMENT + "/maal/" + goal), "laeser", 200);
        assertThat(goalPage).contains("Mål fastsat for").contains("Mål ændret for");
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'TARGET_SET' and actor = 'admin'"
                + " and subject = ?").param(AGREEMENT + "/goal/" + goal + "/target").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void onlyTheSecretariatWritesAndEveryWriteIsAudited() throws Exception {
        long goal = measurableGoalWithoutTarget();
        String body = INDICATOR.formatted("kun-admin");
        for (String who : new String[] {"sof", "laeser"}) {
            call(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content(body), who, 403);
            call(put("/api/v1/indicators/udsaettelser").contentType(MediaType.APPLICATION_JSON).content(body), who, 403);
            call(put("/api/v1/goals/" + goal + "/target").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"indicatorCode\": \"udsaettelser\"}"), who, 403);
            html(post("/indikatorer").param("code", "kun-admin"), who, 403);
            html(post("/aftaler/" + AGREEMENT + "/maal/" + goal + "/maaltal"), who, 403);
        }
        assertThat(jdbc.sql("select count(*) from indicator.indicator where code = 'kun-admin'").query(Long.class).single())
                .isZero();

        call(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content(body), "admin", 201);
        JsonNode changed = call(put("/api/v1/indicators/kun-admin").contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("Andel nye familieboliger", "Andel nye boliger")), "admin", 200);
        assertThat(changed.path("name").asString()).isEqualTo("Andel nye boliger");
        JsonNode codeChanged = call(put("/api/v1/indicators/kun-admin").contentType(MediaType.APPLICATION_JSON)
                .content(INDICATOR.formatted("andet")), "admin", 400);
        assertThat(codeChanged.path("detail").asString()).contains("„code“");
        String editPage = html(get("/indikatorer/kun-admin"), "admin", 200);
        assertThat(editPage).contains("value=\"Andel nye boliger\"").doesNotContain("id=\"f-code\"");
        assertThat(html(get("/indikatorer"), "admin", 200)).contains("id=\"f-code\"").contains("kun-admin");
        assertThat(audited("INDICATOR_CREATED", "indicator/kun-admin")).isEqualTo(1);
        assertThat(audited("INDICATOR_CHANGED", "indicator/kun-admin")).isEqualTo(1);

        JsonNode missing = call(put("/api/v1/goals/" + goal + "/target").contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicatorCode\": \"kun-admin\", \"kind\": \"AT_LEAST\", \"mode\": \"BY_DUE\","
                        + " \"duePeriod\": \"2017\"}"), "admin", 400);
        assertThat(missing.path("detail").asString()).contains("„value“");
        JsonNode period = call(put("/api/v1/goals/" + goal + "/target").contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicatorCode\": \"kun-admin\", \"kind\": \"AT_LEAST\", \"value\": 1, \"mode\": \"BY_DUE\","
                        + " \"duePeriod\": \"engang\"}"), "admin", 400);
        assertThat(period.path("detail").asString()).contains("„duePeriod“");
        long intent = catalog.goals(AGREEMENT).stream().filter(g -> g.kind() != GoalKind.MEASURABLE).findFirst()
                .orElseThrow().id();
        JsonNode notMeasurable = call(put("/api/v1/goals/" + intent + "/target").contentType(MediaType.APPLICATION_JSON)
                .content("{}"), "admin", 409);
        assertThat(notMeasurable.path("detail").asString()).contains("målbare");

        // The page form: Danish numbers, a refusal names the field, a save redirects to the page with its history.
        String refused = html(post("/aftaler/" + AGREEMENT + "/maal/" + goal + "/maaltal").param("indicatorCode", "kun-admin")
                .param("kind", "AT_LEAST").param("value", "mange").param("mode", "BY_DUE").param("duePeriod", "2017"),
                "admin", 400);
        assertThat(refused).contains("aria-invalid=\"true\"").contains("„value“");
        MvcResult saved = mvc.perform(post("/aftaler/" + AGREEMENT + "/maal/" + goal + "/maaltal")
                .param("indicatorCode", "kun-admin").param("kind", "AT_LEAST").param("value", "19,5")
                .param("mode", "BY_DUE").param("duePeriod", "1. halvår 2017").param("tolerance", "")
                .session(login("admin")).with(csrf())).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        JsonNode versions = call(get("/api/v1/goals/" + goal + "/target"), "admin", 200);
        assertThat(versions.path("current").path("value").decimalValue()).isEqualByComparingTo("19.5");
        assertThat(versions.path("current").path("periodText").asString()).isEqualTo("1. halvår 2017");
        assertThat(audited("TARGET_SET", AGREEMENT + "/goal/" + goal + "/target")).isEqualTo(1);
    }

    private MockHttpSession login(String user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user).password(password)).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private long audited(String action, String subject) {
        return jdbc.sql("select count(*) from audit.audit_event where action = ? and subject = ?").params(action, subject)
                .query(Long.class).single();
    }

    private long measurableGoalWithoutTarget() {
        return catalog.goals(AGREEMENT).stream().filter(g -> g.kind() == GoalKind.MEASURABLE).map(GoalView::id)
                .filter(id -> jdbc.sql("select count(*) from indicator.target_version where goal_id = ?").param(id)
                        .query(Long.class).single() == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no measurable goal without a target"));
    }

    private long goalId(String titleStart) {
        return catalog.goals(AGREEMENT).stream().filter(g -> g.kind() == GoalKind.MEASURABLE
                && g.title().replaceAll("\\s+", " ").startsWith(titleStart)).findFirst().orElseThrow().id();
    }

    private JsonNode evaluation(long goal, String asOf) throws Exception {
        return call(get("/api/v1/goals/" + goal + "/evaluation").param("asOf", asOf), "laeser", 200);
    }

    private JsonNode call(MockHttpServletRequestBuilder request, String who, int expected) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic(who, password)).with(csrf())
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(expected);
        return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
    }

    private String html(MockHttpServletRequestBuilder request, String who, int expected) throws Exception {
        MvcResult r = mvc.perform(request.session(login(who)).with(csrf()).accept(MediaType.TEXT_HTML)).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(expected);
        return body;
    }
}
