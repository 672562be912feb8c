package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every page and API call needs a login; each demo account logs in for real (form and Basic) and reads. */
@SpringBootTest
@AutoConfigureMockMvc
class AccessIntegrationTests {

    private static final String AGREEMENT = "/api/v1/agreements/kk-bl1-2015-2018";
    private static final List<String> API_READS = List.of("/api/v1/agreements", AGREEMENT, AGREEMENT + "/rounds",
            AGREEMENT + "/rounds/2017-Q1/statuses", AGREEMENT + "/rounds/2017-Q1/summary",
            AGREEMENT + "/rounds/2017-Q1/quality", "/api/v1/periods/parse?text=1.%20halvdel%202015", "/api/v1/me");
    private static final List<String> PAGES = List.of("/aftaler/kk-bl1-2015-2018", "/aftaler/kk-bl1-2015-2018/maal",
            "/reports/kk-bl1-2015-2018/2017-Q1/bilag1.html", "/reports/kk-bl1-2015-2018/2016-Q4/bilag1.html",
            "/tilgaengelighed");

    @Autowired
    MockMvc mvc;
    @Value("${almen.demo.password}")
    String password;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "tmf", "sof", "oekf", "bl1", "data", "laeser"})
    void everyDemoAccountReadsTheApiWithBasicAuth(String username) throws Exception {
        for (String path : API_READS) {
            MvcResult result = mvc.perform(get(path).with(httpBasic(username, password))).andReturn();
            assertThat(result.getResponse().getStatus()).as(username + " " + path).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "tmf", "sof", "oekf", "bl1", "data", "laeser"})
    void everyDemoAccountLogsInAndReadsThePages(String username) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as(username).doesNotContain("error");
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        for (String path : PAGES) {
            MvcResult page = mvc.perform(get(path).session(session)).andReturn();
            assertThat(page.getResponse().getStatus()).as(username + " " + path).isEqualTo(200);
            assertThat(page.getResponse().getContentAsString()).contains("Log ud");
        }
        int importPage = mvc.perform(get("/import").session(session)).andReturn().getResponse().getStatus();
        // The one import page is for those who may import a dataset: the secretariat and the data steward (issue 10).
        assertThat(importPage).as(username + " /import").isEqualTo(username.equals("admin") || username.equals("data") ? 200 : 403);
    }

    @Test
    void anonymousGetsNothing() throws Exception {
        for (String path : API_READS) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(401);
            assertThat(result.getResponse().getContentType()).as(path).startsWith("application/problem+json");
        }
        for (String path : List.of("/", "/aftaler/kk-bl1-2015-2018", "/aftaler/kk-bl1-2015-2018/maal",
                "/reports/kk-bl1-2015-2018/2017-Q1/bilag1.html", "/import", "/swagger-ui.html")) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
        }
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/css/app.css")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void integrationsFetchDocumentsWithBasicAuthAndBrowsersAreSentToLogin() throws Exception {
        String pdf = "/reports/kk-bl1-2015-2018/2017-Q1/bilag1.xlsx";
        MvcResult basic = mvc.perform(get(pdf).with(httpBasic("laeser", password))).andReturn();
        assertThat(basic.getResponse().getStatus()).isEqualTo(200);
        assertThat(basic.getResponse().getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        assertThat(basic.getRequest().getSession(false)).isNull();
        MvcResult wrong = mvc.perform(get(pdf).with(httpBasic("laeser", "wrong"))).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
        assertThat(wrong.getResponse().getContentType()).startsWith("application/problem+json");
        MvcResult browser = mvc.perform(get(pdf)).andReturn();
        assertThat(browser.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/agreements").with(httpBasic("admin", "wrong"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
    }
}
