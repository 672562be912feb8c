package dk.almenmonitor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The round pages as browsers use them: whole pages and the htmx fragments, with real logins. */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class RoundPagesIntegrationTests {

    private static final String AGREEMENT = "/aftaler/kk-bl1-2015-2018";

    @Autowired
    MockMvc mvc;
    @Value("${almen.demo.password}")
    String password;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ownerEditsInPlaceAndASecondStaleFormGetsTheConflictView() throws Exception {
        MockHttpSession admin = login("admin");
        MvcResult opened = mvc.perform(post(AGREEMENT + "/runder").session(admin).with(csrf())
                .param("period", "2022-Q1").param("dueDate", "2022-03-15")).andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo(AGREEMENT + "/runder/2022-Q1");

        MockHttpSession sof = login("sof");
        Document round = page(AGREEMENT + "/runder/2022-Q1", sof);
        assertThat(round.select("#mine-heading").text()).isEqualTo("Mine målsætninger (1)");
        assertThat(round.select("article.status-card--mine")).hasSize(1);
        assertThat(round.select("article.status-card a.button")).hasSize(1);
        String goalId = round.select("article.status-card--mine").attr("id").substring("goal-".length());
        String url = AGREEMENT + "/runder/2022-Q1/status/" + goalId;

        Document form = Jsoup.parse(mvc.perform(get(url).session(sof).header("HX-Request", "true")).andReturn()
                .getResponse().getContentAsString());
        assertThat(form.select("input[name=version]").val()).isEqualTo("1");
        assertThat(form.select("textarea[name=statusText]")).hasSize(1);

        MvcResult first = mvc.perform(post(url).session(sof).with(csrf()).header("HX-Request", "true")
                .param("version", "1").param("statusText", "Første tekst").param("achievement", "IN_PROGRESS")).andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(first.getResponse().getContentAsString()).contains("Gemt (version 2)", "Første tekst");

        MvcResult stale = mvc.perform(post(url).session(sof).with(csrf()).header("HX-Request", "true")
                .param("version", "1").param("statusText", "Anden tekst")).andReturn();
        Document conflict = Jsoup.parse(stale.getResponse().getContentAsString());
        assertThat(conflict.select(".conflict__mine-text").text()).isEqualTo("Anden tekst");
        assertThat(conflict.select(".conflict__their-text").text()).isEqualTo("Første tekst");
        assertThat(conflict.select("form input[name=version]").val()).isEqualTo("2");

        MvcResult noJs = mvc.perform(post(url).session(sof).with(csrf()).param("version", "1")
                .param("statusText", "Tredje tekst")).andReturn();
        assertThat(noJs.getResponse().getStatus()).isEqualTo(409);

        // a tampered version field: the Danish error page for the browser, not an English problem document
        MvcResult tampered = mvc.perform(post(url).session(sof).with(csrf()).accept(MediaType.TEXT_HTML)
                .param("version", "abc").param("statusText", "Fjerde tekst")).andReturn();
        assertThat(tampered.getResponse().getStatus()).isEqualTo(400);
        assertThat(tampered.getResponse().getContentType()).startsWith("text/html");
        assertThat(tampered.getResponse().getContentAsString()).contains("Forespørgslen kunne ikke behandles");
    }

    @Test
    void othersCannotOpenTheFormOfAGoalTheyDoNotOwn() throws Exception {
        MockHttpSession admin = login("admin");
        mvc.perform(post(AGREEMENT + "/runder").session(admin).with(csrf())
                .param("period", "2022-Q2").param("dueDate", "2022-06-15")).andReturn();
        MockHttpSession bl1 = login("bl1");
        Document round = page(AGREEMENT + "/runder/2022-Q2", bl1);
        String foreign = round.select("article.status-card:not(.status-card--mine)").first().attr("id").substring(5);
        MvcResult refused = mvc.perform(get(AGREEMENT + "/runder/2022-Q2/status/" + foreign).session(bl1)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        MvcResult post = mvc.perform(post(AGREEMENT + "/runder/2022-Q2/status/" + foreign).session(bl1).with(csrf())
                .param("version", "1").param("statusText", "x")).andReturn();
        assertThat(post.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void previewShowsHowTheExpectedFulfilmentIsRead() throws Exception {
        MvcResult r = mvc.perform(get("/perioder/fortolk").param("expectedFulfilment", "Forventes indfriet 2. halvdel af 2017")
                .session(login("sof"))).andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("1. juli 2017 – 31. december 2017");
    }

    @Test
    void hostileStatusTextIsEscapedOnEveryPage() throws Exception {
        MockHttpSession admin = login("admin");
        mvc.perform(post(AGREEMENT + "/runder").session(admin).with(csrf())
                .param("period", "2022-Q3").param("dueDate", "2022-09-15")).andReturn();
        MockHttpSession sof = login("sof");
        Document round = page(AGREEMENT + "/runder/2022-Q3", sof);
        String goalId = round.select("article.status-card--mine").attr("id").substring(5);
        String hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";
        mvc.perform(post(AGREEMENT + "/runder/2022-Q3/status/" + goalId).session(sof).with(csrf())
                .param("version", "1").param("statusText", hostile).param("delayReason", hostile)
                .param("expectedFulfilment", hostile)).andReturn();
        for (String path : List.of(AGREEMENT + "/runder/2022-Q3", AGREEMENT + "/maal/" + goalId,
                AGREEMENT + "/maal?period=2022-Q3", "/reports/kk-bl1-2015-2018/2022-Q3/bilag1.html",
                AGREEMENT + "/runder/2022-Q3/aendringer", AGREEMENT + "/runder/2022-Q3/kvalitet", AGREEMENT)) {
            String html = mvc.perform(get(path).session(sof)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(path).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script:containsData(alert)")).as(path).isEmpty();
            assertThat(doc.select("img[onerror]")).as(path).isEmpty();
        }
        String roundHtml = mvc.perform(get(AGREEMENT + "/runder/2022-Q3").session(sof)).andReturn().getResponse()
                .getContentAsString();
        assertThat(roundHtml).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    /**
     * Opening and moving rounds is the secretariat's: the endpoints declare it with identity's access policy, so a
     * refusal shows its Danish reason on the error page and is audited like every other refusal (issue 10 step 3).
     */
    @Test
    void onlyTheSecretariatOpensOrMovesARoundAndEveryRefusalIsAudited() throws Exception {
        MockHttpSession sof = login("sof");
        long before = denials("sof");
        MvcResult open = mvc.perform(post(AGREEMENT + "/runder").session(sof).with(csrf()).accept(MediaType.TEXT_HTML)
                .param("period", "2022-Q3").param("dueDate", "2022-09-15")).andReturn();
        assertThat(open.getResponse().getStatus()).isEqualTo(403);
        assertThat(open.getResponse().getContentAsString()).contains("Kun sekretariatet kan åbne en opfølgningsrunde.");
        MvcResult state = mvc.perform(post(AGREEMENT + "/runder/2017-Q1/tilstand").session(sof).with(csrf())
                .accept(MediaType.TEXT_HTML).param("state", "OPEN")).andReturn();
        assertThat(state.getResponse().getStatus()).isEqualTo(403);
        assertThat(state.getResponse().getContentAsString()).contains("Kun sekretariatet kan ændre en rundes tilstand.");
        // An API client gets the one 403 problem+json, audited the same way.
        MvcResult api = mvc.perform(post("/api/v1/agreements/kk-bl1-2015-2018/rounds").with(httpBasic("sof", password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2022-Q3\",\"dueDate\":\"2022-09-15\"}"))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(denials("sof") - before).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from followup.round where period = '2022-Q3'").query(Long.class).single())
                .isZero();
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private long denials(String actor) {
        return jdbc.sql("select count(*) from audit.audit_event where action = 'AUTHORIZATION_DENIED' and actor = ?")
                .param(actor).query(Long.class).single();
    }

    private Document page(String path, MockHttpSession session) throws Exception {
        MvcResult r = mvc.perform(get(path).session(session)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }

    private MockHttpSession login(String user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user).password(password)).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
