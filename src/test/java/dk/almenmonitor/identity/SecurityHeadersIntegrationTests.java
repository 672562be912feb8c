package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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
