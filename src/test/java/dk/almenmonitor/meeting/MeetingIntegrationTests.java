package dk.almenmonitor.meeting;

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

import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundChanges;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.shared.Quarter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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

/** Meetings of the fora and their briefings through the API and the pages, with the real demo accounts and seed. */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class MeetingIntegrationTests {

    static final String AGREEMENT = "kk-bl1-2015-2018";
    static final String API = "/api/v1/agreements/" + AGREEMENT + "/meetings";
    static final String PAGES = "/aftaler/" + AGREEMENT + "/moeder";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowUpQueries followUp;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void theBriefingShowsChangesOverdueGoalsAndDecisionsSinceThePreviousMeetingAndDownloadsAsDocx() throws Exception {
        // A round of the seed in which statuses changed, and a goal overdue in it.
        RoundView round = followUp.rounds(AGREEMENT).stream().filter(r -> followUp.changes(AGREEMENT, r.period()).goals()
                .stream().anyMatch(c -> c.edited() || c.achievementChanged())).reduce((a, b) -> b).orElseThrow();
        RoundChanges.Change changed = followUp.changes(AGREEMENT, round.period()).goals().stream()
                .filter(c -> c.achievementChanged() || c.edited()).findFirst().orElseThrow();
        GoalStatusRow overdue = followUp.table(AGREEMENT, round.period()).stream().filter(GoalStatusRow::overdue)
                .findFirst().orElseThrow();
        LocalDate first = Quarter.parse(round.period()).orElseThrow().lastDay().plusDays(20);

        JsonNode meeting = call(post(API).contentType(MediaType.APPLICATION_JSON).content(
                "{\"forum\":\"SAMARBEJDSFORUM\",\"date\":\"" + first + "\",\"period\":\"" + round.period() + "\"}"),
                "admin", 201);
        long id = meeting.path("id").asLong();
        assertThat(meeting.path("forumName").asString()).isEqualTo("Samarbejdsforum");
        assertThat(meeting.path("period").asString()).isEqualTo(round.period());
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'MEETING_CREATED' and actor = 'admin'"
                + " and subject = ?").param(AGREEMENT + "/meeting/" + id).query(Long.class).single()).isEqualTo(1);
        assertThat(call(get(API), "laeser", 200).findValuesAsString("period")).contains(round.period());

        // Every logged-in user reads the briefing page; the goals link to their decision form.
        MockHttpSession reader = login("laeser");
        Document page = Jsoup.parse(mvc.perform(get(PAGES + "/" + id).session(reader)).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#changes-heading + * , section[aria-labelledby=changes-heading]").text())
                .contains(changed.title());
        assertThat(page.select("section[aria-labelledby=overdue-heading]").text()).contains(overdue.goal().title());
        assertThat(page.select("section[aria-labelledby=decide-heading] a").eachAttr("href"))
                .contains("/aftaler/" + AGREEMENT + "/maal/" + changed.goalId() + "#beslutning");
        assertThat(page.select("a[href$=orientering.docx]")).hasSize(1);

        // The DOCX for the agenda holds the changed status and the overdue goal.
        MvcResult download = mvc.perform(get(PAGES + "/" + id + "/orientering.docx").session(reader))
                .andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("orientering-samarbejdsforum-");
        String text = docxText(download.getResponse().getContentAsByteArray());
        assertThat(text).contains("Orientering til Samarbejdsforum", "Ændringer siden forrige møde", changed.title(),
                "Overskredne målsætninger", overdue.goal().title());

        // A decision after the first meeting, then the next meeting of the same forum: its briefing counts from the
        // first meeting, lists the decision and no changes (no round after the first meeting's).
        call(post("/api/v1/goals/" + changed.goalId() + "/decisions").contentType(MediaType.APPLICATION_JSON).content(
                "{\"date\":\"" + first.plusDays(10) + "\",\"forum\":\"SAMARBEJDSFORUM\",\"text\":\"Forummet tog orienteringen til efterretning.\"}"),
                "admin", 201);
        long second = call(post(API).contentType(MediaType.APPLICATION_JSON).content(
                "{\"forum\":\"SAMARBEJDSFORUM\",\"date\":\"" + first.plusDays(40) + "\",\"period\":\"" + round.period() + "\"}"),
                "admin", 201).path("id").asLong();
        JsonNode briefing = call(get(API + "/" + second + "/briefing"), "sof", 200);
        assertThat(briefing.path("previous").path("id").asLong()).isEqualTo(id);
        assertThat(briefing.path("decisionsFrom").asString()).isEqualTo(first.plusDays(1).toString());
        assertThat(briefing.path("decisions").findValuesAsString("text")).contains("Forummet tog orienteringen til efterretning.");
        assertThat(briefing.path("changes").size()).isZero();
        assertThat(briefing.path("overdue").findValuesAsString("title")).contains(overdue.goal().title());
        assertThat(docxText(mvc.perform(get(PAGES + "/" + second + "/orientering.docx").session(reader))
                .andReturn().getResponse().getContentAsByteArray())).contains("Forummet tog orienteringen til efterretning.");
        // Another forum's first meeting does not count the Samarbejdsforum meetings as its previous one.
        long br = call(post(API).contentType(MediaType.APPLICATION_JSON).content(
                "{\"forum\":\"BR\",\"date\":\"" + first.plusDays(50) + "\",\"period\":\"" + round.period() + "\"}"),
                "admin", 201).path("id").asLong();
        assertThat(call(get(API + "/" + br + "/briefing"), "laeser", 200).path("previous").isObject()).isFalse();
    }

    @Test
    void onlyAdminCreatesAndBadInputIs400InDanishNamingTheField() throws Exception {
        String ok = "{\"forum\":\"TMU\",\"date\":\"2017-05-10\",\"period\":\"2017-Q1\"}";
        call(post(API).contentType(MediaType.APPLICATION_JSON).content(ok), "sof", 403);
        call(post(API).contentType(MediaType.APPLICATION_JSON).content(ok), "laeser", 403);
        assertThat(mvc.perform(post(PAGES).session(login("sof")).with(csrf()).param("forum", "TMU")
                .param("date", "2017-05-10").param("period", "2017-Q1")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(PAGES).session(login("laeser")).with(csrf()).param("forum", "TMU")
                .param("date", "2017-05-10").param("period", "2017-Q1")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(call(get(API), "admin", 200).findValuesAsString("createdBy")).doesNotContain("sof", "laeser");

        List<String[]> cases = List.of(
                new String[] {"{\"date\":\"2017-05-10\",\"period\":\"2017-Q1\"}", "„forum“"},
                new String[] {"{\"forum\":\"KB\",\"date\":\"2017-05-10\",\"period\":\"2017-Q1\"}", "„forum“"},
                new String[] {"{\"forum\":\"TMU\",\"period\":\"2017-Q1\"}", "„date“"},
                new String[] {"{\"forum\":\"TMU\",\"date\":\"10/5-17\",\"period\":\"2017-Q1\"}", "„date“"},
                new String[] {"{\"forum\":\"TMU\",\"date\":\"2999-01-01\",\"period\":\"2017-Q1\"}", "„date“"},
                new String[] {"{\"forum\":\"TMU\",\"date\":\"2017-05-10\"}", "„period“"},
                new String[] {"{\"forum\":\"TMU\",\"date\":\"2017-05-10\",\"period\":\"1999-Q1\"}", "„period“"},
                new String[] {"{\"forum\":\"TMU\",\"date\":\"2017-05-10\",\"period\":\"" + "x".repeat(5000) + "\"}", "„period“"});
        for (String[] c : cases) {
            JsonNode problem = call(post(API).contentType(MediaType.APPLICATION_JSON).content(c[0]), "admin", 400);
            assertThat(problem.path("detail").asString()).as(c[0]).contains(c[1]);
        }
        call(post(API).contentType(MediaType.APPLICATION_JSON), "admin", 400);

        // The page form: a bad date is shown at its field, a good meeting leads to its briefing.
        MockHttpSession admin = login("admin");
        MvcResult bad = mvc.perform(post(PAGES).session(admin).with(csrf()).param("forum", "TMU").param("date", "")
                .param("period", "2017-Q1")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        Document form = Jsoup.parse(bad.getResponse().getContentAsString());
        assertThat(form.select("#meeting-date-error").text()).contains("„date“");
        assertThat(form.select("#meeting-forum option[selected]").attr("value")).isEqualTo("TMU");
        MvcResult good = mvc.perform(post(PAGES).session(admin).with(csrf()).param("forum", "TMU")
                .param("date", "2017-05-10").param("period", "2017-Q1")).andReturn();
        assertThat(good.getResponse().getStatus()).isEqualTo(302);
        assertThat(good.getResponse().getRedirectedUrl()).matches(PAGES + "/\\d+");
        assertThat(mvc.perform(get(good.getResponse().getRedirectedUrl()).session(admin)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        Document list = Jsoup.parse(mvc.perform(get(PAGES).session(login("laeser"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(list.select("main table").text()).contains("10. maj 2017", "Teknik- og Miljøudvalget");
        assertThat(list.select("main form")).as("readers get no form").isEmpty();
    }

    @Test
    void unknownMeetingsAndAgreementsAre404() throws Exception {
        call(get(API + "/999999/briefing"), "laeser", 404);
        call(get(API + "/abc/briefing"), "laeser", 404);
        call(get("/api/v1/agreements/findes-ikke/meetings"), "laeser", 404);
        call(post("/api/v1/agreements/findes-ikke/meetings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"forum\":\"TMU\",\"date\":\"2017-05-10\",\"period\":\"2017-Q1\"}"), "admin", 404);
        MockHttpSession reader = login("laeser");
        assertThat(mvc.perform(get(PAGES + "/999999").session(reader)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(PAGES + "/999999/orientering.docx").session(reader)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/aftaler/findes-ikke/moeder").session(reader)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/aftaler/" + AGREEMENT + "/runder").session(reader)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .as("the rounds page leads to the meetings").contains("href=\"" + PAGES + "\"");
    }

    private static String docxText(byte[] bytes) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
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
