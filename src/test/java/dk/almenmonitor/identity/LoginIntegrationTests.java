package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IdentityWebTest
class LoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({"admin,ADMIN", "tmf,EDITOR", "sof,EDITOR", "oekf,EDITOR", "bl1,EDITOR", "data,DATA_STEWARD",
            "laeser,READER"})
    void everyDemoAccountCanLogIn(String username, String role) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username).withRoles(role));
    }

    @Test
    void wrongPasswordIsRejected() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("not-the-password"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void unknownUserIsRejectedTheSameWay() throws Exception {
        mvc.perform(formLogin("/login").user("nobody").password(DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void anonymousPageRequestIsRedirectedToLogin() throws Exception {
        mvc.perform(get("/agreements/kk-bl1-2015-2018"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageIsDanishAndCarriesCsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"da\">")))
                .andExpect(content().string(containsString("<label for=\"username\">Brugernavn</label>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("role=\"alert\""))));
    }

    @Test
    void loginPageShowsErrorAndLogoutMessages() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("Forkert brugernavn eller adgangskode")))
                .andExpect(content().string(containsString("aria-describedby=\"login-error\"")));
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(containsString("Du er nu logget ud.")));
    }

    @Test
    void sessionIdChangesAtLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "sof").param("password", DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("sof"));

        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void postWithoutCsrfTokenFromBrowserSessionIsForbidden() throws Exception {
        MockHttpSession session = loggedIn("tmf");

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/me").session(session))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        // the rejected requests changed nothing: the session is still logged in
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("tmf"));
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        MockHttpSession session = loggedIn("laeser");

        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(cookie().maxAge("JSESSIONID", 0));

        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/agreements").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void logoutByGetIsNotPossible() throws Exception {
        MockHttpSession session = loggedIn("data");

        mvc.perform(get("/logout").session(session));

        assertThat(session.isInvalid()).isFalse();
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk());
    }

    private MockHttpSession loggedIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", username).param("password", DEMO_PASSWORD))
                .andExpect(authenticated().withUsername(username));
        return session;
    }
}
