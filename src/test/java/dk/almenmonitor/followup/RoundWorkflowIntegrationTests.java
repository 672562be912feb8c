package dk.almenmonitor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The quarterly workflow through the API with the real demo accounts: open, edit, review, approve, reopen. */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class RoundWorkflowIntegrationTests {

    static final String BASE = "/api/v1/agreements/kk-bl1-2015-2018/rounds";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void openingARoundCarriesEveryStatusOverAsUnchanged() throws Exception {
        JsonNode round = open("2019-Q1", "2019-03-15");
        assertThat(round.path("state").asString()).isEqualTo("OPEN");
        assertThat(round.path("statuses").asInt()).isEqualTo(39);

        JsonNode statuses = call(get(BASE + "/2019-Q1/statuses"), "laeser", 200);
        JsonNode previous = call(get(BASE + "/2017-Q1/statuses"), "laeser", 200);
        assertThat(statuses).hasSize(39);
        for (int i = 0; i < 39; i++) {
            assertThat(statuses.get(i).path("statusText").asString()).isEqualTo(previous.get(i).path("statusText").asString());
            assertThat(statuses.get(i).path("unchanged").asBoolean()).isTrue();
        }
        JsonNode quality = call(get(BASE + "/2019-Q1/quality"), "laeser", 200);
        assertThat(quality.path("missingStatuses")).hasSize(39);
        assertThat(quality.path("missingByOrganisation").path("SOF")).hasSize(1);

        call(post(BASE).contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2019-Q1\",\"dueDate\":\"2019-03-15\"}"),
                "admin", 409);
        call(post(BASE).contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2019-Q5\",\"dueDate\":\"2019-03-15\"}"),
                "admin", 400);
        call(post(BASE).contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2019-Q2\",\"dueDate\":\"2019-06-15\"}"),
                "tmf", 403);
    }

    @Test
    void ownerSavesWithIfMatchAndAStaleVersionIsRefused() throws Exception {
        open("2019-Q2", "2019-06-15");
        long evictions = goalOwnedBy("SOF");
        String url = BASE + "/2019-Q2/statuses/" + evictions;
        MvcResult read = mvc.perform(get(url).with(httpBasic("sof", password))).andReturn();
        String etag = read.getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        String body = "{\"statusText\":\"Antallet af udsættelser i 2018 var 300.\",\"achievement\":\"FULFILLED\"}";
        MvcResult saved = mvc.perform(put(url).with(httpBasic("sof", password)).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(200);
        assertThat(saved.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        JsonNode status = json.readTree(saved.getResponse().getContentAsString()).path("status");
        assertThat(status.path("unchanged").asBoolean()).isFalse();
        assertThat(status.path("updatedBy").asString()).isEqualTo("sof");

        MvcResult stale = mvc.perform(put(url).with(httpBasic("sof", password)).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).content("{\"statusText\":\"Overskriver\"}")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);
        JsonNode problem = json.readTree(stale.getResponse().getContentAsString());
        assertThat(problem.path("current").path("statusText").asString()).isEqualTo("Antallet af udsættelser i 2018 var 300.");
        assertThat(problem.path("current").path("version").asInt()).isEqualTo(2);

        MvcResult noIfMatch = mvc.perform(put(url).with(httpBasic("sof", password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"statusText\":\"x\"}")).andReturn();
        assertThat(noIfMatch.getResponse().getStatus()).isEqualTo(428);

        List<String> kinds = jdbc.sql("""
                select h.change_kind from followup.status_history h join followup.round r on r.id = h.round_id
                where r.period = '2019-Q2' and h.goal_id = ? order by h.version""").param(evictions).query(String.class).list();
        assertThat(kinds).containsExactly("CARRIED_OVER", "SAVED");
    }

    @Test
    void editorsEditOnlyTheirOwnGoalsAndOthersOnlyRead() throws Exception {
        open("2019-Q3", "2019-09-15");
        long sofGoal = goalOwnedBy("SOF");
        long tmfGoal = goalOwnedBy("TMF");
        String body = "{\"statusText\":\"Forsøg\"}";
        for (String user : List.of("sof", "bl1", "oekf", "laeser", "data")) {
            MvcResult r = mvc.perform(put(BASE + "/2019-Q3/statuses/" + tmfGoal).with(httpBasic(user, password))
                    .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
            assertThat(r.getResponse().getStatus()).as(user).isEqualTo(403);
        }
        MvcResult own = mvc.perform(put(BASE + "/2019-Q3/statuses/" + sofGoal).with(httpBasic("sof", password))
                .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
        MvcResult admin = mvc.perform(put(BASE + "/2019-Q3/statuses/" + tmfGoal).with(httpBasic("admin", password))
                .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(admin.getResponse().getStatus()).isEqualTo(200);
        long audited = jdbc.sql("select count(*) from followup.status_history h join followup.round r on r.id = h.round_id "
                + "where r.period = '2019-Q3' and h.change_kind = 'SAVED'").query(Long.class).single();
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void reviewApproveLockAndReopenWithAReason() throws Exception {
        open("2019-Q4", "2019-12-15");
        long sofGoal = goalOwnedBy("SOF");
        String url = BASE + "/2019-Q4/statuses/" + sofGoal;
        state("2019-Q4", "{\"state\":\"IN_REVIEW\"}", "tmf", 403);
        state("2019-Q4", "{\"state\":\"APPROVED\"}", "admin", 409);
        state("2019-Q4", "{\"state\":\"IN_REVIEW\"}", "admin", 200);
        assertThat(save(url, "sof", "\"1\"")).isEqualTo(409);
        assertThat(save(url, "admin", "\"1\"")).isEqualTo(200);
        state("2019-Q4", "{\"state\":\"APPROVED\"}", "admin", 200);
        assertThat(save(url, "admin", "\"2\"")).isEqualTo(409);
        assertThat(save(url, "sof", "\"2\"")).isEqualTo(409);
        state("2019-Q4", "{\"state\":\"OPEN\"}", "admin", 400);
        state("2019-Q4", "{\"state\":\"OPEN\",\"reason\":\"SOF har nye tal for udsættelser\"}", "admin", 200);
        assertThat(save(url, "sof", "\"2\"")).isEqualTo(200);
        List<String> reasons = jdbc.sql("""
                select coalesce(c.reason, '') from followup.round_state_change c join followup.round r on r.id = c.round_id
                where r.period = '2019-Q4' order by c.id""").query(String.class).list();
        assertThat(reasons).containsExactly("", "", "", "SOF har nye tal for udsættelser");
        List<String> audited = jdbc.sql("""
                select action || coalesce(':' || (details ->> 'to'), '') from audit.audit_event
                where subject like 'kk-bl1-2015-2018/2019-Q4%' order by id""").query(String.class).list();
        assertThat(audited).containsExactly("ROUND_OPENED", "ROUND_STATE_CHANGED:IN_REVIEW", "STATUS_SAVED",
                "ROUND_STATE_CHANGED:APPROVED", "ROUND_REOPENED:OPEN", "STATUS_SAVED");
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'FOLLOWUP_REFUSED' and subject like "
                + "'PUT %/2019-Q4/statuses/%'").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void typingUaendretKeepsLastQuartersText() throws Exception {
        open("2020-Q1", "2020-03-15");
        long sofGoal = goalOwnedBy("SOF");
        String url = BASE + "/2020-Q1/statuses/" + sofGoal;
        String before = call(get(url), "sof", 200).path("statusText").asString();
        MvcResult r = mvc.perform(put(url).with(httpBasic("sof", password)).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"statusText\":\"Uændret\"}")).andReturn();
        JsonNode status = json.readTree(r.getResponse().getContentAsString()).path("status");
        assertThat(status.path("statusText").asString()).isEqualTo(before);
        assertThat(status.path("unchanged").asBoolean()).isTrue();
        assertThat(status.path("version").asInt()).isEqualTo(2);
    }

    @Test
    void anIntegrationWithAnEditorTokenSavesOnlyItsOrganisationsGoals() throws Exception {
        open("2020-Q2", "2020-06-15");
        JsonNode token = call(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"SOF fagsystem\",\"role\":\"EDITOR\",\"organisations\":[\"SOF\"]}"), "admin", 201);
        String bearer = "Bearer " + token.path("token").asString();
        String own = BASE + "/2020-Q2/statuses/" + goalOwnedBy("SOF");
        String foreign = BASE + "/2020-Q2/statuses/" + goalOwnedBy("TMF");
        String body = "{\"statusText\":\"Fra SOF's fagsystem\"}";
        assertThat(mvc.perform(put(own).header("Authorization", bearer).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(put(foreign).header("Authorization", bearer).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private int save(String url, String user, String ifMatch) throws Exception {
        return mvc.perform(put(url).with(httpBasic(user, password)).header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON).content("{\"statusText\":\"Ny tekst fra " + user + "\"}"))
                .andReturn().getResponse().getStatus();
    }

    private void state(String period, String body, String user, int expected) throws Exception {
        call(post(BASE + "/" + period + "/state").contentType(MediaType.APPLICATION_JSON).content(body), user, expected);
    }

    private JsonNode open(String period, String due) throws Exception {
        return call(post(BASE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"" + period + "\",\"dueDate\":\"" + due + "\"}"), "admin", 201);
    }

    private long goalOwnedBy(String code) throws Exception {
        JsonNode goals = call(get("/api/v1/agreements/kk-bl1-2015-2018"), "laeser", 200).path("goals");
        for (JsonNode g : goals) {
            if (g.path("owners").size() == 1 && g.path("owners").get(0).asString().equals(code)) {
                return g.path("id").asLong();
            }
        }
        throw new AssertionError("no goal owned by " + code);
    }

    private JsonNode call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user,
                          int expected) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic(user, password))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
        String body = r.getResponse().getContentAsString();
        return body.isEmpty() ? json.missingNode() : json.readTree(body);
    }
}
