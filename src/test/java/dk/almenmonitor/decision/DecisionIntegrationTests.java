package dk.almenmonitor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The decision log through the API with the real demo accounts, and the seed's decisions. */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class DecisionIntegrationTests {

    static final String AGREEMENT = "/api/v1/agreements/kk-bl1-2015-2018";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void theGoalsOwnEditorRecordsAndEveryoneReads() throws Exception {
        long goal = goalOwnedBy("SOF");
        String body = """
                {"date": "2017-02-01", "forum": "SAMARBEJDSFORUM", "text": "Samarbejdsforum tog  orienteringen\\n til efterretning.",
                 "reference": "https://www.kk.dk/sag/2017-0042"}""";
        JsonNode recorded = call(post(decisions(goal)).contentType(MediaType.APPLICATION_JSON).content(body), "sof", 201);
        assertThat(recorded.path("forum").asString()).isEqualTo("SAMARBEJDSFORUM");
        assertThat(recorded.path("forumName").asString()).isEqualTo("Samarbejdsforum");
        assertThat(recorded.path("text").asString()).isEqualTo("Samarbejdsforum tog orienteringen til efterretning.");
        assertThat(recorded.path("referenceUrl").asString()).isEqualTo("https://www.kk.dk/sag/2017-0042");
        assertThat(recorded.path("date").asString()).isEqualTo("2017-02-01");
        assertThat(recorded.path("recordedBy").asString()).isEqualTo("sof");

        JsonNode list = call(get(decisions(goal)), "laeser", 200);
        assertThat(list.findValuesAsString("text")).contains("Samarbejdsforum tog orienteringen til efterretning.");
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'DECISION_RECORDED' and actor = 'sof'"
                + " and subject like ?").param("%/goal/" + goal + "/decision/" + recorded.path("id").asLong())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void readersAndOtherOrganisationsEditorsAreRefused() throws Exception {
        long goal = goalOwnedBy("SOF");
        String body = "{\"date\":\"2017-02-01\",\"forum\":\"TMU\",\"text\":\"Vedtaget.\"}";
        call(post(decisions(goal)).contentType(MediaType.APPLICATION_JSON).content(body), "laeser", 403);
        call(post(decisions(goal)).contentType(MediaType.APPLICATION_JSON).content(body), "tmf", 403);
        // An editor may not slip another organisation's goal in through goalIds either.
        long own = goalOwnedBy("TMF");
        call(post(decisions(own)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"2017-02-01\",\"forum\":\"TMU\",\"text\":\"Vedtaget.\",\"goalIds\":[" + goal + "]}"),
                "tmf", 403);
        JsonNode both = call(post(decisions(own)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"2017-02-01\",\"forum\":\"BR\",\"text\":\"Begge.\",\"goalIds\":[" + goal + "]}"),
                "admin", 201);
        assertThat(both.path("goalIds").toString()).isEqualTo("[" + Math.min(own, goal) + "," + Math.max(own, goal) + "]");
        assertThat(call(get(decisions(goal)), "laeser", 200).findValuesAsString("text")).contains("Begge.");
    }

    @Test
    void unknownGoalsAre404AndBadFieldsAre400InDanishNamingTheField() throws Exception {
        String ok = "{\"date\":\"2017-02-01\",\"forum\":\"TMU\",\"text\":\"Vedtaget.\"}";
        call(post(decisions(999999)).contentType(MediaType.APPLICATION_JSON).content(ok), "admin", 404);
        call(get(decisions(999999)), "laeser", 404);
        call(get("/api/v1/goals/abc/decisions"), "laeser", 404);
        long goal = goalOwnedBy("SOF");
        List<String[]> cases = List.of(
                new String[] {"{\"forum\":\"TMU\",\"text\":\"x\"}", "„date“"},
                new String[] {"{\"date\":\"31/10-16\",\"forum\":\"TMU\",\"text\":\"x\"}", "„date“"},
                new String[] {"{\"date\":\"2999-01-01\",\"forum\":\"TMU\",\"text\":\"x\"}", "„date“"},
                new String[] {"{\"date\":\"2017-02-01\",\"text\":\"x\"}", "„forum“"},
                new String[] {"{\"date\":\"2017-02-01\",\"forum\":\"KB\",\"text\":\"x\"}", "„forum“"},
                new String[] {"{\"date\":\"2017-02-01\",\"forum\":\"TMU\",\"text\":\"  \"}", "„text“"},
                new String[] {"{\"date\":\"2017-02-01\",\"forum\":\"TMU\",\"text\":\"" + "a".repeat(501) + "\"}", "„text“"},
                new String[] {"{\"date\":\"2017-02-01\",\"forum\":\"TMU\",\"text\":\"x\",\"reference\":\"javascript:alert(1)\"}", "„reference“"},
                new String[] {"{\"date\":\"2017-02-01\",\"forum\":\"TMU\",\"text\":\"x\",\"reference\":\"" + "1".repeat(301) + "\"}", "„reference“"},
                new String[] {"{\"date\":\"2017-02-01\",\"forum\":\"TMU\",\"text\":\"x\",\"goalIds\":[999999]}", "„goalIds“"});
        for (String[] c : cases) {
            JsonNode problem = call(post(decisions(goal)).contentType(MediaType.APPLICATION_JSON).content(c[0]), "admin", 400);
            assertThat(problem.path("detail").asString()).as(c[0]).contains(c[1]);
        }
        call(post(decisions(goal)).contentType(MediaType.APPLICATION_JSON), "admin", 400);
        assertThat(call(get(decisions(goal)), "laeser", 200).findValuesAsString("text")).doesNotContain("x");
    }

    @Test
    void theSeedsDecisionsAreRecordedWithTheirSourceLines() throws Exception {
        List<SeedDecisions.Seed> seeds = SeedDecisions.read();
        assertThat(jdbc.sql("select count(*) from decision.decision where seed_key is not null").query(Long.class).single())
                .isEqualTo(seeds.size()).isEqualTo(9);
        JsonNode goals = call(get(AGREEMENT), "laeser", 200).path("goals");
        long sidewalks = -1;
        for (JsonNode g : goals) {
            if (g.path("title").asString().startsWith("At der i aftaleperioden aftales en ordning for renholdelse af fortove")) {
                sidewalks = g.path("id").asLong();
            }
        }
        JsonNode list = call(get(decisions(sidewalks)), "laeser", 200);
        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("date").asString()).isEqualTo("2016-10-31");
        assertThat(list.get(0).path("forumName").asString()).isEqualTo("Teknik- og Miljøudvalget");
        assertThat(list.get(0).path("reference").asString()).endsWith("linje 332");
    }

    static String decisions(long goalId) {
        return "/api/v1/goals/" + goalId + "/decisions";
    }

    long goalOwnedBy(String code) throws Exception {
        for (JsonNode g : call(get(AGREEMENT), "laeser", 200).path("goals")) {
            if (g.path("owners").size() == 1 && g.path("owners").get(0).asString().equals(code)) {
                return g.path("id").asLong();
            }
        }
        throw new AssertionError("no goal owned by " + code);
    }

    JsonNode call(MockHttpServletRequestBuilder request, String user, int expected) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic(user, password))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        String body = r.getResponse().getContentAsString();
        return body.isEmpty() ? json.missingNode() : json.readTree(body);
    }
}
