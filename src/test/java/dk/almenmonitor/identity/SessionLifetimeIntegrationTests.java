package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 9, finding 11: a session ends 10 hours after its login, however active it has been. */
@IdentityWebTest
class SessionLifetimeIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionOlderThanTheAbsoluteLimitIsEndedAndTheUserSentToLogin() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        MockHttpSession session = login("tmf");
        assertThat(session.getAttribute(AbsoluteSessionTimeoutFilter.LOGIN_AT)).isInstanceOf(Long.class);

        loggedInAgo(session, Duration.ofHours(9));
        mvc.perform(get("/aftaler/kk-bl1-2015-2018").session(session)).andExpect(status().isOk());

        loggedInAgo(session, Duration.ofHours(10).plusMinutes(1));
        mvc.perform(get("/aftaler/kk-bl1-2015-2018").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/login").param("expired", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("logget ud af sikkerhedshensyn")));
        assertThat(audit.since("SESSION_EXPIRED")).extracting(AuditRows.Row::actor).containsExactly("tmf");
    }

    @Test
    void theApiRefusesAnExpiredSessionWith401() throws Exception {
        MockHttpSession session = login("sof");
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk());
        loggedInAgo(session, Duration.ofHours(11));
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
        assertThat(session.isInvalid()).isTrue();
    }

    private static void loggedInAgo(MockHttpSession session, Duration ago) {
        session.setAttribute(AbsoluteSessionTimeoutFilter.LOGIN_AT, System.currentTimeMillis() - ago.toMillis());
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }
}
