package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultMatcher;

@IdentityWebTest
class SecurityHeadersIntegrationTests {

    static final String STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Autowired
    MockMvc mvc;

    @Test
    void loginPageHasSecurityHeaders() throws Exception {
        expectBaseHeaders(mvc.perform(get("/login")).andExpect(status().isOk()), STRICT_CSP);
    }

    @Test
    void apiResponsesHaveSecurityHeaders() throws Exception {
        expectBaseHeaders(mvc.perform(get("/api/v1/me").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk()), STRICT_CSP);
        expectBaseHeaders(mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized()), STRICT_CSP);
    }

    @Test
    void pagesAndRedirectsHaveSecurityHeaders() throws Exception {
        expectBaseHeaders(mvc.perform(get("/agreements")).andExpect(status().isFound()), STRICT_CSP);
        expectBaseHeaders(mvc.perform(get("/agreements").session(loggedIn("admin")))
                .andExpect(status().is4xxClientError()), STRICT_CSP);
        expectBaseHeaders(mvc.perform(get("/css/login.css")).andExpect(status().isOk()), STRICT_CSP);
    }

    @Test
    void swaggerUiNeedsLoginAndGetsItsOwnRelaxedPolicy() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));

        ResultActions page = mvc.perform(get("/swagger-ui/index.html").session(loggedIn("laeser")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
        expectBaseHeaders(page, null);
    }

    /**
     * Issue 14 item 6: every kind of answer carries the headers, errors included — a page, JSON, problem+json 4xx,
     * the 404 page and problem, the 500 error page and problem, static assets (CSS, font, webjar script), each document
     * download (PDF, XLSX, DOCX, CSV), Actuator health, a 304, redirects, 401 and 403.
     */
    @Test
    void everyKindOfAnswerHasSecurityHeaders() throws Exception {
        MockHttpSession admin = loggedIn("admin");
        String agreement = "/aftaler/kk-bl1-2015-2018";
        String reports = "/reports/kk-bl1-2015-2018/2017-Q1/";
        Map<String, MockHttpServletRequestBuilder> answers = new LinkedHashMap<>();
        answers.put("HTML page", get(agreement).session(admin));
        answers.put("JSON", get("/api/v1/agreements").with(httpBasic("laeser", DEMO_PASSWORD)));
        answers.put("problem+json 400", get("/api/v1/periods/parse").with(httpBasic("laeser", DEMO_PASSWORD)));
        answers.put("problem+json 401", get("/api/v1/agreements"));
        answers.put("problem+json 403", get(ForbiddenProbeController.PATH).with(httpBasic("laeser", DEMO_PASSWORD)));
        answers.put("problem+json 404", get("/api/v1/agreements/no-such-agreement").with(httpBasic("laeser", DEMO_PASSWORD)));
        answers.put("404 page", get("/aftaler/no-such-agreement").session(admin).accept(MediaType.TEXT_HTML));
        answers.put("404 unmapped path", get("/no-such-page").session(admin).accept(MediaType.TEXT_HTML));
        answers.put("403 page", get("/revision").session(loggedIn("laeser")).accept(MediaType.TEXT_HTML));
        answers.put("500 error page", get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/x").accept(MediaType.TEXT_HTML));
        answers.put("500 problem+json", get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/x"));
        answers.put("CSS", get("/css/app.css"));
        answers.put("font", get("/fonts/ibm-plex-sans-latin-400-normal.woff2"));
        answers.put("webjar script", get("/webjars/htmx.org/dist/htmx.min.js"));
        answers.put("PDF", get(reports + "bilag1.pdf").session(admin));
        answers.put("XLSX", get(reports + "bilag1.xlsx").session(admin));
        answers.put("DOCX", get(reports + "bilag1.docx").session(admin));
        answers.put("CSV", get("/api/v1/agreements/kk-bl1-2015-2018/export.csv").with(httpBasic("laeser", DEMO_PASSWORD)));
        answers.put("document by Basic", get(reports + "bilag1.pdf").with(httpBasic("laeser", DEMO_PASSWORD)));
        answers.put("actuator health", get("/actuator/health"));
        answers.put("redirect to login", get(agreement));
        answers.put("redirect after logout", post("/logout").session(loggedIn("laeser")).with(csrf()));
        answers.put("403 missing CSRF token", post(agreement + "/moeder").session(admin));
        answers.put("401 wrong password", get("/api/v1/me").with(httpBasic("admin", "wrong")));
        for (Map.Entry<String, MockHttpServletRequestBuilder> answer : answers.entrySet()) {
            MvcResult result = mvc.perform(answer.getValue()).andReturn();
            assertThat(result.getResponse().getStatus()).as(answer.getKey()).isLessThan(600);
            expectBaseHeaders(answer.getKey(), result, STRICT_CSP);
        }

        // A 304: the browser's copy of a static asset is still good.
        MvcResult css = mvc.perform(get("/css/app.css")).andReturn();
        String lastModified = css.getResponse().getHeader("Last-Modified");
        String etag = css.getResponse().getHeader("ETag");
        assertThat(lastModified != null || etag != null).as("validators on a static asset").isTrue();
        MockHttpServletRequestBuilder again = get("/css/app.css");
        if (etag != null) {
            again.header("If-None-Match", etag);
        } else {
            again.header("If-Modified-Since", lastModified);
        }
        MvcResult notModified = mvc.perform(again).andReturn();
        assertThat(notModified.getResponse().getStatus()).isEqualTo(304);
        expectBaseHeaders("304", notModified, STRICT_CSP);
    }

    private static void expectBaseHeaders(String what, MvcResult result, String csp) {
        var response = result.getResponse();
        String type = response.getContentType();
        String status = what + " (" + response.getStatus() + " " + type + ")";
        assertThat(response.getHeader("Content-Security-Policy")).as(status).isEqualTo(csp);
        assertThat(response.getHeader("X-Content-Type-Options")).as(status).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).as(status).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Frame-Options")).as(status).isEqualTo("DENY");
    }

    private void expectBaseHeaders(ResultActions actions, String csp) throws Exception {
        ResultMatcher cspMatcher = csp == null
                ? header().string("Content-Security-Policy", not(STRICT_CSP))
                : header().string("Content-Security-Policy", csp);
        actions.andExpect(cspMatcher)
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    private MockHttpSession loggedIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", username).param("password", DEMO_PASSWORD));
        return session;
    }
}
