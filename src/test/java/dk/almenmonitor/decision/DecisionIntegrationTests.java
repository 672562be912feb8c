package dk.almenmonitor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.springframework.mock.web.MockHttpSession;

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
                new String[] {"{\"date\":\"2017-02-01\",\"forum\":\"TMU\",\"text\":\"x\",\"goalIds\":[999999]}", "id 999999."});
        // A fraction for a goal id is unreadable, not silently the goal before it.
        call(post(decisions(goal)).contentType(MediaType.APPLICATION_JSON).content(
                "{\"date\":\"2017-02-01\",\"forum\":\"TMU\",\"text\":\"x\",\"goalIds\":[" + goal + ".5]}"), "admin", 400);
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

    @Test
    void theGoalPageShowsOneTimelineInDateOrderAndItsOwnerRecordsThroughTheForm() throws Exception {
        long evictions = goalOwnedBy("SOF"); // measurable, with a target and two rounds of statuses
        call(post(decisions(evictions)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"2016-06-01\",\"forum\":\"OEU\",\"text\":\"Økonomiudvalget tog status til efterretning.\","
                        + "\"reference\":\"2016-0099123\"}"), "admin", 201);
        String page = "/aftaler/kk-bl1-2015-2018/maal/" + evictions;
        MockHttpSession sof = login("sof");
        Document goal = Jsoup.parse(mvc.perform(get(page).session(sof)).andReturn().getResponse().getContentAsString());
        Elements items = goal.select("ol.timeline > li");
        List<String> kinds = items.eachAttr("data-kind");
        assertThat(kinds).contains("DECISION", "TARGET", "STATUS", "ACHIEVEMENT");
        List<LocalDate> dates = items.select("time").eachAttr("datetime").stream().map(LocalDate::parse).toList();
        assertThat(dates).isSorted();
        int decision = indexOf(items, "Økonomiudvalget tog status til efterretning.");
        int firstStatus = kinds.indexOf("STATUS");
        assertThat(decision).isNotNegative().isLessThan(firstStatus);
        assertThat(items.get(decision).text()).contains("1. juni 2016", "Beslutning i Økonomiudvalget", "2016-0099123");
        int target = kinds.indexOf("TARGET");
        assertThat(items.get(target).select("time").attr("datetime")).as("a seed target counts as set at the agreement's start")
                .isEqualTo("2015-01-01");
        assertThat(target).isLessThan(firstStatus);

        // The owner's form: a bad date is shown at its field in Danish, a good decision lands in the timeline.
        assertThat(goal.select("form#beslutning")).hasSize(1);
        MvcResult refused = mvc.perform(post(page + "/beslutninger").session(sof).with(csrf())
                .param("date", "1. juni").param("forum", "TMU").param("text", "Vedtaget fra formularen.")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        Document again = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(again.select("#decision-date").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#decision-date-error").text()).contains("„date“", "ikke en dato");
        assertThat(again.select("#decision-text").text()).isEqualTo("Vedtaget fra formularen.");
        MvcResult saved = mvc.perform(post(page + "/beslutninger").session(sof).with(csrf())
                .param("date", "2017-03-01").param("forum", "TMU").param("text", "Vedtaget fra formularen.")
                .param("reference", "https://www.kk.dk/tmu/2017-03-01")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(page + "?beslutning=registreret#tidslinje");
        Document after = Jsoup.parse(mvc.perform(get(page + "?beslutning=registreret").session(sof)).andReturn()
                .getResponse().getContentAsString());
        assertThat(after.select("[role=status]").text()).contains("registreret");
        Element recorded = after.select("ol.timeline > li").get(indexOf(after.select("ol.timeline > li"), "Vedtaget fra formularen."));
        assertThat(recorded.select("a").attr("href")).isEqualTo("https://www.kk.dk/tmu/2017-03-01");
        // Without CSRF the form is refused; a reader sees no form and may not post.
        assertThat(mvc.perform(post(page + "/beslutninger").session(sof).param("date", "2017-03-01").param("forum", "TMU")
                .param("text", "Uden token.")).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpSession reader = login("laeser");
        assertThat(Jsoup.parse(mvc.perform(get(page).session(reader)).andReturn().getResponse().getContentAsString())
                .select("form#beslutning")).isEmpty();
        assertThat(mvc.perform(post(page + "/beslutninger").session(reader).with(csrf()).param("date", "2017-03-01")
                .param("forum", "TMU").param("text", "Læser.")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theRedegoerelseListsTheYearsDecisionsPerGoal() throws Exception {
        long goal = goalOwnedBy("SOF");
        call(post(decisions(goal)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"2017-01-15\",\"forum\":\"PARTNERSKABSFORUM\",\"text\":\"Partnerskabsforum bakkede op om indsatsen mod udsættelser.\"}"),
                "admin", 201);
        byte[] docx = mvc.perform(get("/reports/kk-bl1-2015-2018/2017-Q1/redegoerelse.docx").with(httpBasic("laeser", password)))
                .andReturn().getResponse().getContentAsByteArray();
        String all;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
        assertThat(all).contains("Årets beslutninger", "fra 1. april 2016 til 31. marts 2017",
                "– 15. januar 2017, Partnerskabsforum: Partnerskabsforum bakkede op om indsatsen mod udsættelser.",
                "– 31. oktober 2016, Teknik- og Miljøudvalget: Forsøgsområderne på Indre Nørrebro");
        assertThat(all).as("a decision of 2015 is not this year's").doesNotContain("rammeaftalen om ommærkning");
        byte[] pdf = mvc.perform(get("/reports/kk-bl1-2015-2018/2017-Q1/redegoerelse.pdf").with(httpBasic("laeser", password)))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Partnerskabsforum bakkede op om indsatsen");
        }
    }

    private static int indexOf(Elements items, String text) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).text().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private MockHttpSession login(String user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user).password(password)).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
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
