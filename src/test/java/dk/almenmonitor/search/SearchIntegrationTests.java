package dk.almenmonitor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search through HTTP with the demo accounts over the seed agreement (rounds 2016-Q4 and 2017-Q1). The index is
 * checked against its sources before every search here ({@code almen.search.recheck=0s}), so that the unaudited sheet
 * import of a second agreement is found at once.
 */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest(properties = "almen.search.recheck=0s")
@AutoConfigureMockMvc
class SearchIntegrationTests {

    static final String AGREEMENT = "kk-bl1-2015-2018";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void danishInflectionsAcrossRoundsRankedAndHighlighted() throws Exception {
        JsonNode result = search("udsættelse", "laeser", 200);
        List<JsonNode> hits = hits(result);
        assertThat(result.path("total").asLong()).isEqualTo(hits.size()).isGreaterThanOrEqualTo(3);
        // The goal whose title says "udsættelser" ranks first (a title weighs more than any text).
        JsonNode first = hits.get(0);
        assertThat(first.path("kind").asString()).isEqualTo("GOAL");
        assertThat(first.path("title").asString()).contains("forebyggelse af udsættelser");
        assertThat(first.path("snippet").asString()).contains("<mark>udsættelser</mark>");
        assertThat(first.path("link").asString()).isEqualTo("/aftaler/" + AGREEMENT + "/maal/" + first.path("goalId").asLong());
        // Its status texts of both rounds (the 2017-Q1 text is new, not "Uændret"), linked to goal and round.
        List<String> rounds = hits.stream().filter(h -> h.path("kind").asString().equals("STATUS")
                && h.path("goalId").asLong() == first.path("goalId").asLong()).map(h -> h.path("period").asString()).toList();
        assertThat(rounds).containsExactlyInAnyOrder("2016-Q4", "2017-Q1");
        JsonNode status = hits.stream().filter(h -> h.path("period").asString().equals("2017-Q1")).findFirst().orElseThrow();
        assertThat(status.path("roundLink").asString()).isEqualTo("/aftaler/" + AGREEMENT + "/runder/2017-Q1");
        assertThat(status.path("roundLabel").asString()).isEqualTo("1. kvartal 2017");
        assertThat(status.path("kindName").asString()).isEqualTo("Status");
        assertThat(status.path("agreementName").asString()).isNotBlank();
        // Best first, throughout.
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).path("rank").asDouble()).isLessThanOrEqualTo(hits.get(i - 1).path("rank").asDouble());
        }
        // Another inflection: the definite "ommærkningen" finds "ommærkning" in statuses and in the seed's decisions.
        List<JsonNode> relabel = hits(search("ommærkningen", "laeser", 200));
        assertThat(relabel.stream().map(h -> h.path("snippet").asString())).anyMatch(s -> s.contains("<mark>ommærkning"));
        assertThat(relabel.stream().map(h -> h.path("kind").asString())).contains("DECISION", "STATUS");
        JsonNode decision = relabel.stream().filter(h -> h.path("kind").asString().equals("DECISION")).findFirst().orElseThrow();
        assertThat(decision.path("link").asString()).endsWith("#tidslinje");
        assertThat(decision.path("decidedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void findsAcrossAgreementsAndFollowsTheirChanges() throws Exception {
        byte[] sheet = new ClassPathResource("seed/hovedaftale-2015-2018-status-2017K1.csv").getContentAsByteArray();
        MvcResult imported = mvc.perform(multipart("/api/v1/imports/agreement-sheet")
                .file(new MockMultipartFile("file", "kopi.csv", "text/csv", sheet)).param("agreementId", "kk-soeg-2019-2022")
                .with(httpBasic("admin", password))).andReturn();
        assertThat(imported.getResponse().getStatus()).as(imported.getResponse().getContentAsString()).isEqualTo(200);

        List<JsonNode> hits = hits(search("\"forebyggelse af udsættelser\"", "laeser", 200));
        assertThat(hits.stream().map(h -> h.path("agreementId").asString()).distinct())
                .containsExactlyInAnyOrder(AGREEMENT, "kk-soeg-2019-2022");
    }

    @Test
    void aStoredScriptComesBackEscapedAndAnOpenRoundIsFoundByEveryReader() throws Exception {
        String round = "2024-Q1";
        assertThat(mvc.perform(post("/api/v1/agreements/" + AGREEMENT + "/rounds").with(httpBasic("admin", password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"" + round + "\",\"dueDate\":\"2024-03-15\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(201);
        long goal = goalOwnedBy("SOF");
        String path = "/api/v1/agreements/" + AGREEMENT + "/rounds/" + round + "/statuses/" + goal;
        JsonNode current = json.readTree(mvc.perform(get(path).with(httpBasic("sof", password))).andReturn()
                .getResponse().getContentAsString());
        String text = "Rådgivningen om huslejerestancer <script>alert('x')</script> er udvidet & evalueret.";
        MvcResult saved = mvc.perform(put(path).with(httpBasic("sof", password))
                .header("If-Match", "\"" + current.path("version").asInt() + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(java.util.Map.of("statusText", text))))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(200);

        // "huslejerestance" (singular) finds the plural; the open round's status is readable by every role (as its API).
        for (String who : List.of("laeser", "bl1", "data", "admin")) {
            List<JsonNode> hits = hits(search("huslejerestance", who, 200));
            JsonNode hit = hits.stream().filter(h -> round.equals(h.path("period").asString())).findFirst().orElseThrow();
            assertThat(hit.path("snippet").asString())
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "<mark>huslejerestancer</mark>", "&amp;")
                    .doesNotContain("<script");
        }
        // On the page too.
        Document page = Jsoup.parse(mvc.perform(get("/soeg").param("q", "huslejerestance").session(reader()))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("main script")).isEmpty();
        assertThat(page.select(".search__snippet mark").eachText()).contains("huslejerestancer");
        assertThat(page.select(".search__snippet").text()).contains("<script>alert('x')</script>");
        assertThat(page.select(".search__hit a[href='/aftaler/" + AGREEMENT + "/runder/" + round + "']")).isNotEmpty();
    }

    @Test
    void emptyTooLongOrPagedTooFarIsA400InDanish() throws Exception {
        for (String q : List.of("", "   ", "x".repeat(Search.MAX_QUERY + 1))) {
            JsonNode problem = search(q, "laeser", 400);
            assertThat(problem.path("detail").asString()).containsAnyOf("Skriv det, du vil søge efter", "højst 200 tegn");
        }
        MvcResult missing = mvc.perform(get("/api/v1/search").with(httpBasic("laeser", password))).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(missing.getResponse().getContentType()).contains("application/problem+json");
        assertThat(mvc.perform(get("/api/v1/search").param("q", "udsættelse").param("page", "0")
                .with(httpBasic("laeser", password))).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(search("x".repeat(Search.MAX_QUERY), "laeser", 200).path("total").asLong()).isZero();
        // The page: the form without a query, the Danish reason with a 400 for a refused one.
        assertThat(mvc.perform(get("/soeg").session(reader())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        MvcResult tooLong = mvc.perform(get("/soeg").param("q", "x".repeat(300)).session(reader())).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(tooLong.getResponse().getContentAsString()).select("#search-error").text())
                .isEqualTo("Søgningen er for lang: højst 200 tegn.");
    }

    @Test
    void nothingForAnonymousAndNothingOnlyTheSecretariatMayRead() throws Exception {
        assertThat(mvc.perform(get("/api/v1/search").param("q", "udsættelse")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/soeg").param("q", "udsættelse")).andReturn().getResponse().getRedirectedUrl())
                .contains("/login");
        // A reopening's reason is shown only in the secretariat's part of the round page: never a hit.
        MvcResult reopened = mvc.perform(post("/api/v1/agreements/" + AGREEMENT + "/rounds/2016-Q4/state")
                .with(httpBasic("admin", password)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"state\":\"OPEN\",\"reason\":\"Fortrolighedsklausulen genforhandles\"}")).andReturn();
        assertThat(reopened.getResponse().getStatus()).as(reopened.getResponse().getContentAsString()).isEqualTo(200);
        for (String who : List.of("laeser", "admin")) {
            assertThat(search("fortrolighedsklausul", who, 200).path("total").asLong()).isZero();
        }
    }

    private JsonNode search(String q, String user, int expectedStatus) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/search").param("q", q).with(httpBasic(user, password));
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expectedStatus);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private MockHttpSession reader() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("laeser").password(password)).andReturn()
                .getRequest().getSession(false);
    }

    private static List<JsonNode> hits(JsonNode result) {
        List<JsonNode> hits = new ArrayList<>();
        result.path("hits").forEach(hits::add);
        return hits;
    }

    private long goalOwnedBy(String code) throws Exception {
        JsonNode goals = json.readTree(mvc.perform(get("/api/v1/agreements/" + AGREEMENT).with(httpBasic("laeser", password)))
                .andReturn().getResponse().getContentAsString()).path("goals");
        for (JsonNode g : goals) {
            if (g.path("owners").size() == 1 && g.path("owners").get(0).asString().equals(code)) {
                return g.path("id").asLong();
            }
        }
        throw new AssertionError("no goal owned by " + code);
    }
}
