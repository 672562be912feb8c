package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Logins, failures, logouts and refused requests end up in the audit log, with who, what and never a password. */
@IdentityWebTest
class SecurityAuditIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void formLoginAndLogoutAreAudited() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        MockHttpSession session = login("oekf");
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().isFound());

        assertThat(audit.since("LOGIN_SUCCEEDED")).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("oekf");
            assertThat(row.details()).contains("\"method\": \"form\"").contains("\"ip\": \"127.0.0.1\"");
        });
        assertThat(audit.since("LOGOUT")).extracting(AuditRows.Row::actor).containsExactly("oekf");
    }

    @Test
    void failedLoginsAreAuditedWithTheUsernameButNeverThePassword() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        mvc.perform(formLogin("/login").user("bl1").password("Secret-Guess-123"));
        mvc.perform(get("/api/v1/me").with(httpBasic("nobody-here", "Other-Guess-456")))
                .andExpect(status().isUnauthorized());

        assertThat(audit.since("LOGIN_FAILED")).extracting(AuditRows.Row::actor).containsExactly("bl1", "nobody-here");
        assertThat(audit.since("LOGIN_FAILED")).allSatisfy(row -> {
            assertThat(row.details()).contains("bad-credentials").doesNotContain("Guess");
        });
        assertThat(jdbc.sql("select count(*) from audit.audit_event where details::text like '%Guess%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void forbiddenRequestsAreAuditedWithUserAndPath() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        mvc.perform(get(ForbiddenProbeController.PATH).with(httpBasic("laeser", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        MockHttpSession session = login("data");
        mvc.perform(get("/import/agreement-sheet").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden()); // no CSRF token

        assertThat(audit.since("AUTHORIZATION_DENIED"))
                .extracting(AuditRows.Row::actor, AuditRows.Row::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("laeser", ForbiddenProbeController.PATH),
                        org.assertj.core.groups.Tuple.tuple("data", "/import/agreement-sheet"),
                        org.assertj.core.groups.Tuple.tuple("data", "/logout"));
        assertThat(audit.since("AUTHORIZATION_DENIED").get(2).details()).contains("\"reason\": \"csrf\"");
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
