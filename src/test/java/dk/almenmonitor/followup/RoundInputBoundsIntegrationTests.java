package dk.almenmonitor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.almenmonitor.shared.Quarter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and absurd input to rounds and statuses (issue 9): periods that are not quarters, rounds outside the
 * agreement, simultaneous openings, and free texts beyond their limits. Each gets a 4xx with a Danish message, stores
 * nothing, and the application keeps answering.
 */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RoundInputBoundsIntegrationTests {

    private static final String AGREEMENT = "kk-bl1-2015-2018";
    private static final String API = "/api/v1/agreements/" + AGREEMENT + "/rounds";
    private static final String PAGES = "/aftaler/" + AGREEMENT + "/runder";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void periodsThatAreNotQuartersAre400InTheApiAndOnThePages() throws Exception {
        MockHttpSession reader = login("laeser");
        for (String period : List.of("0000-Q1", "1899-Q1", "3000-Q1", "9999-Q4")) {
            for (String suffix : List.of("/summary", "/statuses", "/quality", "/changes", "/statuses/1")) {
                JsonNode problem = call(get(API + "/" + period + suffix), "laeser", 400);
                assertThat(problem.path("detail").asString()).as(period + suffix).contains("ÅÅÅÅ-QN", "2099");
            }
            call(post(API + "/" + period + "/state").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"state\":\"IN_REVIEW\"}"), "admin", 400);
            for (String page : List.of("", "/kvalitet", "/aendringer", "/status/1")) {
                MvcResult r = mvc.perform(get(PAGES + "/" + period + page).session(reader)).andReturn();
                assertThat(r.getResponse().getStatus()).as(period + page).isEqualTo(400);
                assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("ÅÅÅÅ-QN");
            }
        }
        assertStillAnswering();
    }

    @Test
    void roundsOutsideTheAgreementOrWithAnAbsurdDueDateAreRefusedAndNothingIsStored() throws Exception {
        long roundsBefore = count("followup.round");
        long openedBefore = opened();
        Quarter tooLate = Quarter.of(LocalDate.now()).next().next();
        List<String> refused = List.of(
                body("9999-Q4", "2017-06-15"), body("0000-Q1", "2017-06-15"), body("2014-Q4", "2014-12-15"),
                body(tooLate.toString(), tooLate.firstDay().plusDays(14).toString()), body("2099-Q4", "2099-12-15"),
                body("2018-Q1", "1900-01-01"), body("2018-Q1", LocalDate.now().plusYears(5).toString()));
        for (String body : refused) {
            JsonNode problem = call(post(API).contentType(MediaType.APPLICATION_JSON).content(body), "admin", 400);
            assertThat(problem.path("detail").asString()).as(body).containsAnyOf("kvartal", "ÅÅÅÅ-QN", "Fristen");
        }
        JsonNode outside = call(post(API).contentType(MediaType.APPLICATION_JSON).content(body("2014-Q4", "2014-12-15")),
                "admin", 400);
        assertThat(outside.path("detail").asString()).contains("uden for aftalen", "1. kvartal 2015");
        JsonNode due = call(post(API).contentType(MediaType.APPLICATION_JSON).content(body("2018-Q1", "1900-01-01")),
                "admin", 400);
        assertThat(due.path("detail").asString()).contains("Fristen", "1. oktober 2017");

        MvcResult page = mvc.perform(post(PAGES).session(login("admin")).with(csrf()).param("period", "9999-Q4")
                .param("dueDate", "2017-06-15")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(count("followup.round")).isEqualTo(roundsBefore);
        assertThat(opened()).isEqualTo(openedBefore);

        MvcResult spaced = mvc.perform(post(API).with(httpBasic("admin", password))
                .contentType(MediaType.APPLICATION_JSON).content(body("2017-Q4 ", "2017-12-15"))).andReturn();
        assertThat(spaced.getResponse().getStatus()).isEqualTo(201);
        assertThat(spaced.getResponse().getHeader("Location")).endsWith("/rounds/2017-Q4");
        assertThat(json.readTree(spaced.getResponse().getContentAsString()).path("period").asString()).isEqualTo("2017-Q4");
        assertStillAnswering();
    }

    @Test
    void eightSimultaneousOpeningsOfOneRoundGiveOne201AndSeven409() throws Exception {
        String url = "http://127.0.0.1:" + port + API;
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        int openers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < openers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body("2018-Q1", "2018-03-15"))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> response = f.get();
            codes.add(response.statusCode());
            if (response.statusCode() == 409) {
                assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
                assertThat(json.readTree(response.body()).path("detail").asString())
                        .isEqualTo("Runden 1. kvartal 2018 findes allerede.");
            }
        }
        pool.shutdown();

        assertThat(codes).containsOnly(201, 409);
        assertThat(codes.stream().filter(c -> c == 201).count()).isEqualTo(1);
        long roundId = jdbc.sql("select id from followup.round where agreement_id = ? and period = '2018-Q1'")
                .param(AGREEMENT).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from followup.round_state_change where round_id = ?").param(roundId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from followup.status where round_id = ?").param(roundId)
                .query(Long.class).single()).isEqualTo(SeedSheet.goalRows().size());
        assertStillAnswering();
    }

    @Test
    void aTooLongReopeningReasonIsRefusedAtTheFieldAndNothingIsStored() throws Exception {
        open("2018-Q2", "2018-06-15");
        state("2018-Q2", "{\"state\":\"IN_REVIEW\"}", 200);
        state("2018-Q2", "{\"state\":\"APPROVED\"}", 200);
        long changesBefore = count("followup.round_state_change");

        JsonNode problem = state("2018-Q2", "{\"state\":\"OPEN\",\"reason\":\"" + "x".repeat(100_000) + "\"}", 400);
        assertThat(problem.path("field").asString()).isEqualTo("reason");
        assertThat(problem.path("maxLength").asInt()).isEqualTo(1000);
        assertThat(problem.path("detail").asString()).contains("Begrundelse må højst være 1.000 tegn");

        MockHttpSession admin = login("admin");
        MvcResult page = mvc.perform(post(PAGES + "/2018-Q2/tilstand").session(admin).with(csrf())
                .param("state", "OPEN").param("reason", "y".repeat(5_000))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        Document html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select("#reason-error").text()).contains("1.000 tegn");
        assertThat(html.select("input#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("input#reason").attr("maxlength")).isEqualTo("1000");
        assertThat(html.select("input#reason").val()).hasSize(1_000);

        assertThat(count("followup.round_state_change")).isEqualTo(changesBefore);
        assertThat(call(get(API + "/2018-Q2/summary"), "laeser", 200).isObject()).isTrue();
        assertThat(mvc.perform(get(PAGES + "/2018-Q2").session(admin)).andReturn().getResponse().getStatus()).isEqualTo(200);
        state("2018-Q2", "{\"state\":\"OPEN\",\"reason\":\"" + "z".repeat(1_000) + "\"}", 200);
        assertStillAnswering();
    }

    @Test
    void theRoundPageShowsAnOverlongReasonStoredBeforeTheLimitExisted() throws Exception {
        long roundId = jdbc.sql("select id from followup.round where agreement_id = ? and period = '2017-Q1'")
                .param(AGREEMENT).query(Long.class).single();
        String legacy = "gammel begrundelse " + "x".repeat(1_000_000);
        jdbc.sql("insert into followup.round_state_change (round_id, from_state, to_state, reason, changed_by) "
                + "values (?, 'APPROVED', 'OPEN', ?, 'admin')").params(roundId, legacy).update();

        MvcResult page = mvc.perform(get(PAGES + "/2017-Q1").session(login("admin"))).andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        Document html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select(".state-change__reason").text()).startsWith("gammel begrundelse xxx");
        assertThat(html.select(".state-change").text()).contains("Godkendt → Åben (admin)");
    }

    @Test
    void tooLongStatusFieldsAreRefusedNamingTheFieldAndTheLimit() throws Exception {
        open("2018-Q3", "2018-09-15");
        long goal = jdbc.sql("select s.goal_id from followup.status s join followup.round r on r.id = s.round_id "
                + "where r.period = '2018-Q3' order by s.goal_id limit 1").query(Long.class).single();
        String url = API + "/2018-Q3/statuses/" + goal;
        String[][] cases = {{"statusText", "20001", "20000", "Status må højst være 20.000 tegn"},
                {"delayReason", "2001", "2000", "Grund til forsinkelse må højst være 2.000 tegn"},
                {"expectedFulfilment", "2001", "2000", "Forventet indfrielse må højst være 2.000 tegn"}};
        for (String[] c : cases) {
            String body = "{\"" + c[0] + "\":\"" + "a".repeat(Integer.parseInt(c[1])) + "\"}";
            JsonNode problem = call(put(url).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                    .content(body), "admin", 400);
            assertThat(problem.path("field").asString()).isEqualTo(c[0]);
            assertThat(problem.path("maxLength").asInt()).isEqualTo(Integer.parseInt(c[2]));
            assertThat(problem.path("detail").asString()).contains(c[3]);
        }
        assertThat(call(get(url), "admin", 200).path("version").asInt()).isEqualTo(1);

        MockHttpSession admin = login("admin");
        String pageUrl = PAGES + "/2018-Q3/status/" + goal;
        MvcResult page = mvc.perform(post(pageUrl).session(admin).with(csrf()).param("version", "1")
                .param("statusText", "b".repeat(25_000))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        Document html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select("#statusText-error-" + goal).text()).contains("Status må højst være 20.000 tegn");
        assertThat(html.select("#statusText-" + goal).attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("#statusText-" + goal).attr("maxlength")).isEqualTo("20000");
        assertThat(html.select("#statusText-" + goal).text()).hasSize(20_000);

        MvcResult htmx = mvc.perform(post(pageUrl).session(admin).with(csrf()).header("HX-Request", "true")
                .param("version", "1").param("delayReason", "c".repeat(3_000))).andReturn();
        Document fragment = Jsoup.parse(htmx.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(fragment.select("#delayReason-error-" + goal).text()).contains("2.000 tegn");
        assertThat(fragment.select("form textarea[name=statusText]")).hasSize(1);

        assertThat(call(get(url), "admin", 200).path("version").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from followup.status_history h join followup.round r on r.id = h.round_id "
                + "where r.period = '2018-Q3' and h.change_kind = 'SAVED'").query(Long.class).single()).isZero();
        assertStillAnswering();
    }

    private void assertStillAnswering() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(call(get(API + "/2017-Q1/summary"), "laeser", 200).path("concreteGoals").asInt()).isPositive();
    }

    private static String body(String period, String dueDate) {
        return "{\"period\":\"" + period + "\",\"dueDate\":\"" + dueDate + "\"}";
    }

    private void open(String period, String due) throws Exception {
        call(post(API).contentType(MediaType.APPLICATION_JSON).content(body(period, due)), "admin", 201);
    }

    private JsonNode state(String period, String body, int expected) throws Exception {
        return call(post(API + "/" + period + "/state").contentType(MediaType.APPLICATION_JSON).content(body), "admin",
                expected);
    }

    private long opened() {
        return jdbc.sql("select count(*) from audit.audit_event where action = 'ROUND_OPENED'").query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private JsonNode call(MockHttpServletRequestBuilder request, String user, int expected) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic(user, password))).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body.length() > 500 ? body.substring(0, 500) : body)
                .isEqualTo(expected);
        if (expected >= 400) {
            assertThat(r.getResponse().getContentType()).contains("application/problem+json");
        }
        return body.isEmpty() ? json.missingNode() : json.readTree(body);
    }

    private MockHttpSession login(String user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user).password(password)).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
