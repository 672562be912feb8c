package dk.almenmonitor.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
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
 * The secretariat maintains agreements and goals through the API and the pages: a 2019-2022 agreement set up from
 * nothing (one goal taken over from 2015-2018), optimistic locking, retirement and the next round, roles, the goal's
 * history and the audit log.
 */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class GoalMaintenanceIntegrationTests {

    static final String SEED = "kk-bl1-2015-2018";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void anAgreement2019To2022IsSetUpFromNothingWithOneGoalTakenOverFrom2015To2018() throws Exception {
        JsonNode agreement = createAgreement("kk-bl1-2019-2022");
        assertThat(agreement.path("themes").findValuesAsString("name")).containsExactly("Almene boliger", "Udsatte byområder");
        assertThat(agreement.path("validFrom").asString()).isEqualTo("2019-01-01");

        JsonNode analysis = addGoal("kk-bl1-2019-2022", """
                {"kind": "ANALYSIS", "theme": 1, "title": "At der udarbejdes en analyse af udlejningen",
                 "content": "Analysen omfatter fleksibel udlejning.", "deadline": "1. halvdel 2020", "owners": ["TMF", "BL1"]}""");
        assertThat(analysis.path("deadline").path("text").asString()).isEqualTo("1. halvdel 2020");
        assertThat(analysis.path("deadline").path("from").asString()).isEqualTo("2020-01-01");
        assertThat(analysis.path("deadline").path("to").asString()).isEqualTo("2020-06-30");
        assertThat(analysis.path("concrete").asBoolean()).isTrue();
        assertThat(analysis.path("version").asInt()).isEqualTo(1);
        JsonNode intent = addGoal("kk-bl1-2019-2022", """
                {"kind": "INTENT", "theme": 2, "title": "At parterne arbejder for trygge byområder", "deadline": "Løbende",
                 "relatedGoalId": %d}""".formatted(analysis.path("id").asLong()));
        assertThat(intent.path("concrete").asBoolean()).isFalse();
        assertThat(intent.path("deadline").path("from").isNull()).isTrue();
        assertThat(intent.path("owners").size()).isZero();

        long old = seedGoalOwnedBy("SOF");
        JsonNode taken = call(post("/api/v1/agreements/kk-bl1-2019-2022/goals/takeover")
                .contentType(MediaType.APPLICATION_JSON).content("{\"goalIds\": [" + old + "], \"themes\": {\"" + old + "\": 2}}"),
                "admin", 201);
        long copy = taken.get(0).path("id").asLong();
        assertThat(taken.get(0).path("takenOverFromId").asLong()).isEqualTo(old);
        assertThat(taken.get(0).path("theme").asInt()).isEqualTo(2);
        assertThat(taken.get(0).path("owners").toString()).isEqualTo("[\"SOF\"]");
        // Taken over twice into the same agreement: refused.
        call(post("/api/v1/agreements/kk-bl1-2019-2022/goals/takeover").contentType(MediaType.APPLICATION_JSON)
                .content("{\"goalIds\": [" + old + "]}"), "admin", 409);

        JsonNode read = call(get("/api/v1/agreements/kk-bl1-2019-2022"), "laeser", 200);
        List<Long> ids = new ArrayList<>();
        read.path("goals").forEach(g -> ids.add(g.path("id").asLong()));
        assertThat(ids).containsExactly(analysis.path("id").asLong(), intent.path("id").asLong(), copy);
        assertThat(call(get("/api/v1/goals/" + old + "/history"), "laeser", 200).path("takenOverIntoIds").toString())
                .isEqualTo("[" + copy + "]");

        // The link shows on both goal pages.
        MockHttpSession reader = login("laeser");
        Document newPage = page("/aftaler/kk-bl1-2019-2022/maal/" + copy, reader);
        assertThat(newPage.select(".goal-link--from a").attr("href")).isEqualTo("/aftaler/" + SEED + "/maal/" + old);
        Document oldPage = page("/aftaler/" + SEED + "/maal/" + old, reader);
        assertThat(oldPage.select(".goal-link--into a").attr("href")).isEqualTo("/aftaler/kk-bl1-2019-2022/maal/" + copy);
        assertThat(oldPage.select(".goal-link--into").text()).contains("Hovedaftale 2019-2022");

        assertThat(audited("AGREEMENT_CREATED", "agreement/kk-bl1-2019-2022")).isEqualTo(1);
        assertThat(audited("GOAL_CREATED", "kk-bl1-2019-2022/goal/%")).isEqualTo(2);
        assertThat(audited("GOAL_TAKEN_OVER", "kk-bl1-2019-2022/goal/" + copy)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedInDanishNamingTheField() throws Exception {
        String ok = "{\"id\":\"kk-x-2019\",\"name\":\"X\",\"validFrom\":\"2019-01-01\",\"validTo\":\"2022-12-31\","
                + "\"themes\":[{\"number\":1,\"name\":\"Et\"}]}";
        String[][] agreements = {
                {ok.replace("\"kk-x-2019\"", "\"KK X\""), "„id“"},
                {ok.replace("\"name\":\"X\",", ""), "„name“"},
                {ok.replace("\"2019-01-01\"", "\"1/1-19\""), "„validFrom“"},
                {ok.replace("\"2022-12-31\"", "\"2018-12-31\""), "„validTo“"},
                {ok.replace("[{\"number\":1,\"name\":\"Et\"}]", "[]"), "„themes“"},
                {ok.replace("[{\"number\":1,\"name\":\"Et\"}]", "[{\"number\":1,\"name\":\"Et\"},{\"number\":1,\"name\":\"To\"}]"), "„themes“"},
                {ok.replace("\"X\"", "\"" + "x".repeat(301) + "\""), "„name“"}};
        for (String[] c : agreements) {
            JsonNode problem = call(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content(c[0]), "admin", 400);
            assertThat(problem.path("detail").asString()).as(c[0]).contains(c[1]);
        }
        call(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON), "admin", 400);
        call(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON)
                .content(ok.replace("kk-x-2019", SEED)), "admin", 409);

        String goals = "/api/v1/agreements/" + SEED + "/goals";
        String[][] cases = {
                {"{\"theme\":1,\"title\":\"At x\"}", "„kind“"},
                {"{\"kind\":\"GOAL\",\"theme\":1,\"title\":\"At x\"}", "„kind“"},
                {"{\"kind\":\"ANALYSIS\",\"theme\":9,\"title\":\"At x\"}", "„theme“"},
                {"{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"  \"}", "„title“"},
                {"{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At x\",\"owners\":[\"XYZ\"]}", "„owners“"},
                {"{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At x\",\"deadline\":\"" + "2".repeat(201) + "\"}", "„deadline“"},
                {"{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At x\",\"relatedGoalId\":999999}", "„relatedGoalId“"},
                {"{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"" + "t".repeat(2001) + "\"}", "„title“"},
                {"{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At x\",\"deadline\":[1,2]}", "„deadline“"},
                {"{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At x\",\"deadline\":{\"text\":{\"a\":1}}}", "„deadline“"},
                {"{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At x\",\"deadline\":true}", "„deadline“"},
                {"{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At x\",\"deadline\":2016.5}", "„deadline“"}};
        for (String[] c : cases) {
            JsonNode problem = call(post(goals).contentType(MediaType.APPLICATION_JSON).content(c[0]), "admin", 400);
            assertThat(problem.path("detail").asString()).as(c[0]).contains(c[1]);
        }
        assertThat(call(post(goals).contentType(MediaType.APPLICATION_JSON).content(cases[6][0]), "admin", 400)
                .path("detail").asString()).as("an id, not 999.999").contains(" 999999 ");
        call(post("/api/v1/agreements/nope/goals").contentType(MediaType.APPLICATION_JSON).content(cases[0][0]), "admin", 404);
        call(get("/api/v1/goals/999999"), "laeser", 404);
        call(get("/api/v1/goals/abc"), "laeser", 404);
    }

    @Test
    void aGoalEditedTwiceWithOneStaleSaveRefused() throws Exception {
        createAgreement("kk-edit-2019-2022");
        JsonNode goal = addGoal("kk-edit-2019-2022", """
                {"kind": "MEASURABLE", "theme": 1, "title": "At ventelisten halveres", "deadline": "2021", "owners": ["TMF"]}""");
        String url = "/api/v1/goals/" + goal.path("id").asLong();
        MvcResult read = mvc.perform(get(url).with(httpBasic("laeser", password))).andReturn();
        assertThat(read.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        JsonNode first = json.readTree(read.getResponse().getContentAsString());

        // A client sends back what it read (the API's goal shape, deadline as an object), with one field changed.
        String edited = first.toString().replace("At ventelisten halveres", "At ventelisten for familieboliger halveres");
        MvcResult saved = mvc.perform(put(url).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(edited).with(httpBasic("admin", password))).andReturn();
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(saved.getResponse().getHeader("ETag")).isEqualTo("\"2\"");

        // A second writer still on version 1 is refused with both versions.
        String stale = first.toString().replace("\"2021\"", "\"2. halvdel 2021\"")
                .replace("\"text\":\"2021\"", "\"text\":\"2. halvdel 2021\"");
        MvcResult refused = mvc.perform(put(url).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(stale).with(httpBasic("admin", password))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(412);
        assertThat(refused.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        JsonNode problem = json.readTree(refused.getResponse().getContentAsString());
        assertThat(problem.path("current").path("title").asString()).isEqualTo("At ventelisten for familieboliger halveres");
        assertThat(problem.path("current").path("version").asInt()).isEqualTo(2);
        assertThat(problem.path("yours").path("title").asString()).isEqualTo("At ventelisten halveres");
        assertThat(problem.path("detail").asString()).contains("version er nu 2");

        call(put(url).contentType(MediaType.APPLICATION_JSON).content(edited), "admin", 428);
        call(put(url).header("If-Match", "version 2").contentType(MediaType.APPLICATION_JSON).content(edited), "admin", 400);
        String second = """
                {"kind": "MEASURABLE", "theme": 1, "title": "At ventelisten for familieboliger halveres",
                 "deadline": "2. halvdel 2021", "owners": ["TMF", "ØKF"]}""";
        JsonNode v3 = call(put(url).header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON).content(second), "admin", 200);
        assertThat(v3.path("version").asInt()).isEqualTo(3);
        assertThat(v3.path("deadline").path("from").asString()).isEqualTo("2021-07-01");
        assertThat(v3.path("owners").toString()).isEqualTo("[\"TMF\",\"ØKF\"]");

        JsonNode history = call(get(url + "/history"), "laeser", 200).path("history");
        List<String> fields = new ArrayList<>();
        history.forEach(h -> fields.add(h.path("version").asInt() + ":" + h.path("action").asString() + ":" + h.path("field").asString()));
        assertThat(fields).contains("2:EDITED:title", "3:EDITED:deadline", "3:EDITED:owners", "1:CREATED:title");
        assertThat(fields).noneMatch(f -> f.startsWith("3:EDITED:title"));
        JsonNode deadline = null;
        for (JsonNode h : history) {
            if ("deadline".equals(h.path("field").asString()) && h.path("version").asInt() == 3) {
                deadline = h;
            }
        }
        assertThat(deadline.path("before").asString()).isEqualTo("2021");
        assertThat(deadline.path("after").asString()).isEqualTo("2. halvdel 2021");
        assertThat(deadline.path("changedBy").asString()).isEqualTo("admin");
        assertThat(audited("GOAL_EDITED", "kk-edit-2019-2022/goal/" + goal.path("id").asLong())).isEqualTo(2);

        // The goal page shows the history.
        Document page = page("/aftaler/kk-edit-2019-2022/maal/" + goal.path("id").asLong(), login("laeser"));
        assertThat(page.select("#aendringer tr[data-field=deadline] .history__after").text()).contains("2. halvdel 2021");
        assertThat(page.select("#aendringer tr[data-field=title] .history__before").text()).contains("At ventelisten halveres");
    }

    @Test
    void aRetiredGoalKeepsItsEarlierRoundButIsAbsentFromTheNext() throws Exception {
        createAgreement("kk-retire-2019-2022");
        long kept = addGoal("kk-retire-2019-2022", "{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At A\"}").path("id").asLong();
        long retired = addGoal("kk-retire-2019-2022", "{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At B\"}").path("id").asLong();
        String rounds = "/api/v1/agreements/kk-retire-2019-2022/rounds";
        call(post(rounds).contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2019-Q1\",\"dueDate\":\"2019-04-15\"}"), "admin", 201);
        assertThat(goalIds(call(get(rounds + "/2019-Q1/statuses"), "laeser", 200))).containsExactly(kept, retired);

        call(post("/api/v1/goals/" + retired + "/retire").header("If-Match", "\"1\""), "tmf", 403);
        JsonNode done = call(post("/api/v1/goals/" + retired + "/retire").header("If-Match", "\"1\""), "admin", 200);
        assertThat(done.path("retired").asBoolean()).isTrue();
        assertThat(done.path("version").asInt()).isEqualTo(2);
        call(post("/api/v1/goals/" + retired + "/retire"), "admin", 409);
        call(put("/api/v1/goals/" + retired).header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At C\"}"), "admin", 409);

        call(post(rounds).contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2019-Q2\",\"dueDate\":\"2019-07-15\"}"), "admin", 201);
        assertThat(goalIds(call(get(rounds + "/2019-Q2/statuses"), "laeser", 200))).containsExactly(kept);
        assertThat(goalIds(call(get(rounds + "/2019-Q1/statuses"), "laeser", 200))).containsExactly(kept, retired);
        JsonNode quality = call(get(rounds + "/2019-Q2/quality"), "laeser", 200);
        assertThat(quality.toString()).doesNotContain("\"goalId\":" + retired + ",");
        assertThat(audited("GOAL_RETIRED", "kk-retire-2019-2022/goal/" + retired)).isEqualTo(1);
        assertThat(page("/aftaler/kk-retire-2019-2022/maal/" + retired, login("laeser")).select(".badge").text())
                .contains("Udgået");
    }

    @Test
    void goalsAreReorderedWithinTheirTheme() throws Exception {
        createAgreement("kk-order-2019-2022");
        long a = addGoal("kk-order-2019-2022", "{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At 1\"}").path("id").asLong();
        long b = addGoal("kk-order-2019-2022", "{\"kind\":\"ANALYSIS\",\"theme\":2,\"title\":\"At 2\"}").path("id").asLong();
        long c = addGoal("kk-order-2019-2022", "{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At 3\"}").path("id").asLong();
        assertThat(goalIdsOf(call(get("/api/v1/agreements/kk-order-2019-2022"), "laeser", 200))).containsExactly(a, c, b);
        JsonNode moved = call(post("/api/v1/goals/" + c + "/move").contentType(MediaType.APPLICATION_JSON)
                .content("{\"direction\":\"UP\"}"), "admin", 200);
        List<Long> order = new ArrayList<>();
        moved.forEach(g -> order.add(g.path("id").asLong()));
        assertThat(order).containsExactly(c, a, b);
        // At the top of its theme, up changes nothing; a bad direction names the field.
        call(post("/api/v1/goals/" + c + "/move").contentType(MediaType.APPLICATION_JSON).content("{\"direction\":\"UP\"}"), "admin", 200);
        assertThat(call(post("/api/v1/goals/" + c + "/move").contentType(MediaType.APPLICATION_JSON)
                .content("{\"direction\":\"LEFT\"}"), "admin", 400).path("detail").asString()).contains("„direction“");
        assertThat(goalIdsOf(call(get("/api/v1/agreements/kk-order-2019-2022"), "laeser", 200))).containsExactly(c, a, b);
        assertThat(audited("GOAL_REORDERED", "kk-order-2019-2022/goal/" + c)).isEqualTo(1);
    }

    @Test
    void editorsAndReadersMayNotWrite() throws Exception {
        long goal = seedGoalOwnedBy("TMF");
        String agreement = "{\"id\":\"kk-no-2019\",\"name\":\"X\",\"validFrom\":\"2019-01-01\",\"validTo\":\"2022-12-31\","
                + "\"themes\":[{\"number\":1,\"name\":\"Et\"}]}";
        String body = "{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"At editoren skriver\",\"owners\":[\"TMF\"]}";
        for (String user : List.of("tmf", "laeser")) {
            call(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content(agreement), user, 403);
            call(post("/api/v1/agreements/" + SEED + "/goals").contentType(MediaType.APPLICATION_JSON).content(body), user, 403);
            call(put("/api/v1/goals/" + goal).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                    .content(body), user, 403);
            call(post("/api/v1/goals/" + goal + "/retire"), user, 403);
            call(post("/api/v1/goals/" + goal + "/move").contentType(MediaType.APPLICATION_JSON).content("{\"direction\":\"UP\"}"), user, 403);
            call(post("/api/v1/agreements/" + SEED + "/goals/takeover").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"goalIds\":[" + goal + "]}"), user, 403);
            MockHttpSession session = login(user);
            for (String path : List.of("/aftaler/ny", "/aftaler/" + SEED + "/maal/ny", "/aftaler/" + SEED + "/vedligehold",
                    "/aftaler/" + SEED + "/maal/" + goal + "/rediger", "/aftaler/" + SEED + "/overtag")) {
                assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
            }
            assertThat(mvc.perform(post("/aftaler/" + SEED + "/maal/" + goal + "/udgaa").session(session).with(csrf()))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(call(get("/api/v1/agreements/kk-no-2019"), "laeser", 404)).isNotNull();
        assertThat(call(get("/api/v1/goals/" + goal), "tmf", 200).path("retired").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from agreement.goal where title = 'At editoren skriver'").query(Long.class).single())
                .isZero();
    }

    @Test
    void theSecretariatsPagesCreateEditAndShowAConflictWithBothVersions() throws Exception {
        MockHttpSession admin = login("admin");
        // New agreement: a bad theme line is shown at the field; the good one lands on the order page.
        MvcResult bad = mvc.perform(post("/aftaler/ny").session(admin).with(csrf()).param("id", "kk-side-2019-2022")
                .param("name", "Hovedaftale fra siden").param("parties", "Københavns Kommune\nBL's 1. kreds")
                .param("validFrom", "2019-01-01").param("validTo", "2022-12-31").param("themes", "Almene boliger")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        Document again = Jsoup.parse(bad.getResponse().getContentAsString());
        assertThat(again.select("#agreement-themes").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#agreement-themes-error").text()).contains("„themes“");
        assertThat(again.select("#agreement-name").val()).isEqualTo("Hovedaftale fra siden");
        MvcResult created = mvc.perform(post("/aftaler/ny").session(admin).with(csrf()).param("id", "kk-side-2019-2022")
                .param("name", "Hovedaftale fra siden").param("parties", "Københavns Kommune\nBL's 1. kreds")
                .param("validFrom", "2019-01-01").param("validTo", "2022-12-31")
                .param("themes", "1. Almene boliger\n2. Udsatte byområder")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/aftaler/kk-side-2019-2022/vedligehold?oprettet");
        assertThat(page("/aftaler/kk-side-2019-2022/vedligehold?oprettet", admin).select("h2").eachText())
                .contains("1. Almene boliger", "2. Udsatte byområder");

        // New goal through the form; an unknown owner would be refused, a good goal goes to its page.
        MvcResult goal = mvc.perform(post("/aftaler/kk-side-2019-2022/maal/ny").session(admin).with(csrf())
                .param("kind", "ANALYSIS").param("theme", "2").param("title", "At der laves en tryghedsanalyse")
                .param("deadline", "Inden 2021").param("owners", "SOF")).andReturn();
        String goalPage = goal.getResponse().getRedirectedUrl();
        assertThat(goalPage).startsWith("/aftaler/kk-side-2019-2022/maal/").endsWith("?gemt");
        String id = goalPage.substring(goalPage.lastIndexOf('/') + 1, goalPage.indexOf('?'));
        String edit = "/aftaler/kk-side-2019-2022/maal/" + id + "/rediger";
        Document form = page(edit, admin);
        assertThat(form.select("input[name=version]").val()).isEqualTo("1");
        assertThat(form.select("#goal-deadline").val()).isEqualTo("Inden 2021");

        MvcResult empty = mvc.perform(post(edit).session(admin).with(csrf()).param("version", "1").param("kind", "ANALYSIS")
                .param("theme", "2").param("title", " ")).andReturn();
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.getResponse().getContentAsString()).select("#goal-title-error").text()).contains("„title“");

        assertThat(mvc.perform(post(edit).session(admin).with(csrf()).param("version", "1").param("kind", "ANALYSIS")
                .param("theme", "2").param("title", "At der laves en tryghedsanalyse").param("deadline", "2020")
                .param("owners", "SOF")).andReturn().getResponse().getRedirectedUrl()).endsWith("?gemt");
        MvcResult conflict = mvc.perform(post(edit).session(admin).with(csrf()).param("version", "1").param("kind", "ANALYSIS")
                .param("theme", "2").param("title", "At der laves en tryghedsanalyse i fire områder").param("deadline", "Inden 2021")
                .param("owners", "SOF")).andReturn();
        assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
        Document both = Jsoup.parse(conflict.getResponse().getContentAsString());
        assertThat(both.select(".conflict__mine-text").text()).isEqualTo("At der laves en tryghedsanalyse i fire områder");
        assertThat(both.select(".conflict__their-text").text()).isEqualTo("At der laves en tryghedsanalyse");
        assertThat(both.select("#konflikt form input[name=version]").val()).isEqualTo("2");
        assertThat(both.select("#konflikt").text()).contains("admin");
        // Without CSRF the form is refused.
        assertThat(mvc.perform(post(edit).session(admin).param("version", "2")).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        // Take-over page lists the seed's goals; taking one over lands on the order page.
        Document takeOver = page("/aftaler/kk-side-2019-2022/overtag?fra=" + SEED, admin);
        long old = seedGoalOwnedBy("TMF");
        assertThat(takeOver.select("#takeover-" + old)).hasSize(1);
        assertThat(mvc.perform(post("/aftaler/kk-side-2019-2022/overtag").session(admin).with(csrf())
                .param("fra", SEED).param("goalIds", String.valueOf(old)).param("tema", "1")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/aftaler/kk-side-2019-2022/vedligehold?overtaget=1");
        assertThat(page("/aftaler/kk-side-2019-2022/overtag?fra=" + SEED, admin).select("#takeover-" + old).hasAttr("disabled")).isTrue();

        // Retire from the edit page.
        assertThat(mvc.perform(post("/aftaler/kk-side-2019-2022/maal/" + id + "/udgaa").session(admin).with(csrf())
                .param("version", "2")).andReturn().getResponse().getRedirectedUrl()).endsWith("?udgaaet");
        assertThat(page("/aftaler/kk-side-2019-2022/maal/" + id, admin).select("#rediger")).isEmpty();
    }

    private JsonNode createAgreement(String id) throws Exception {
        String name = id.equals("kk-bl1-2019-2022") ? "Hovedaftale 2019-2022" : "Aftale " + id;
        return call(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("""
                {"id": "%s", "name": "%s", "parties": ["Københavns Kommune", "BL's 1. kreds"],
                 "validFrom": "2019-01-01", "validTo": "2022-12-31",
                 "themes": [{"number": 1, "name": "Almene boliger"}, {"number": 2, "name": "Udsatte byområder"}]}"""
                .formatted(id, name)), "admin", 201);
    }

    private JsonNode addGoal(String agreementId, String body) throws Exception {
        return call(post("/api/v1/agreements/" + agreementId + "/goals").contentType(MediaType.APPLICATION_JSON).content(body),
                "admin", 201);
    }

    private long audited(String action, String subjectLike) {
        return jdbc.sql("select count(*) from audit.audit_event where action = ? and actor = 'admin' and subject like ?")
                .params(action, subjectLike).query(Long.class).single();
    }

    private static List<Long> goalIds(JsonNode statuses) {
        List<Long> ids = new ArrayList<>();
        statuses.forEach(s -> ids.add(s.path("goalId").asLong()));
        return ids;
    }

    private static List<Long> goalIdsOf(JsonNode agreement) {
        List<Long> ids = new ArrayList<>();
        agreement.path("goals").forEach(g -> ids.add(g.path("id").asLong()));
        return ids;
    }

    private long seedGoalOwnedBy(String code) throws Exception {
        for (JsonNode g : call(get("/api/v1/agreements/" + SEED), "laeser", 200).path("goals")) {
            if (g.path("owners").size() == 1 && g.path("owners").get(0).asString().equals(code)) {
                return g.path("id").asLong();
            }
        }
        throw new AssertionError("no goal owned by " + code);
    }

    private Document page(String path, MockHttpSession session) throws Exception {
        MvcResult r = mvc.perform(get(path).session(session)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path + " " + r.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }

    private MockHttpSession login(String user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user).password(password)).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private JsonNode call(MockHttpServletRequestBuilder request, String user, int expected) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic(user, password))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        String body = r.getResponse().getContentAsString();
        return body.isEmpty() ? json.missingNode() : json.readTree(body);
    }
}
