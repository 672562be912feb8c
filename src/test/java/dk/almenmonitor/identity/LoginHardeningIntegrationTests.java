package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 9, findings 4, 8 and 12: one canonical username per lock, hostile usernames refused, the address not forged. */
@IdentityWebTest
class LoginHardeningIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLockedAccountCannotBeReachedThroughAnotherSpellingOfItsName() throws Exception {
        try {
            for (int i = 0; i < 5; i++) {
                login("admin", "wrong-" + i, "10.0.5.1").andExpect(redirectedUrl("/login?error"));
            }
            // U+0130 lower-cases to "i̇" in Java but to "i" in PostgreSQL: it used to get a lock of its own and log in.
            login("adm\u0130n", DEMO_PASSWORD, "10.0.5.2").andExpect(redirectedUrl("/login?error"));
            login("admın", DEMO_PASSWORD, "10.0.5.2").andExpect(redirectedUrl("/login?error"));
            // Case and surrounding spaces are the same username, and the same lock.
            login(" ADMIN ", DEMO_PASSWORD, "10.0.5.3").andExpect(redirectedUrl("/login?locked"));
            mvc.perform(get("/api/v1/me").with(httpBasic("Admin", DEMO_PASSWORD))).andExpect(status().isUnauthorized());
            assertThat(jdbc.sql("select key from identity.login_lock where key like 'user:%adm%'")
                    .query(String.class).list()).containsExactly("user:admin");
        } finally {
            jdbc.sql("delete from identity.login_lock where key = 'user:admin'").update();
            jdbc.sql("delete from identity.login_failure where key = 'user:admin'").update();
        }
        login("Admin", DEMO_PASSWORD, "10.0.5.4").andExpect(redirectedUrl("/"));
    }

    @Test
    void usernamesOutsideTheSafeCharacterSetAreRefusedNot500() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        login("adm in", DEMO_PASSWORD, "10.0.5.10").andExpect(redirectedUrl("/login?error"));
        login("A".repeat(3000), "x", "10.0.5.10").andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").with(httpBasic("admin\u0000", DEMO_PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic("l\u00e6ser", DEMO_PASSWORD)))
                .andExpect(status().isUnauthorized());

        assertThat(audit.since("LOGIN_FAILED")).hasSize(4).allSatisfy(row -> {
            assertThat(row.actor()).doesNotContain("\u0000").hasSizeLessThanOrEqualTo(SecurityAudit.MAX_ACTOR_LENGTH);
            assertThat(row.details()).contains("bad-credentials");
        });
        // refused before any look-up: they count against the address, and lock no username
        assertThat(jdbc.sql("select count(*) from identity.login_failure where key = 'ip:10.0.5.10'")
                .query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnoredByTheThrottleAndTheAuditLog() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("10.0.6.1")).header("X-Forwarded-For", "192.0.2." + i)
                    .param("username", "guess" + i).param("password", "x"));
        }
        // the address is locked however the client names itself
        mvc.perform(post("/login").with(csrf()).with(from("10.0.6.1")).header("X-Forwarded-For", "192.0.2.200")
                        .param("username", "laeser").param("password", DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        // and a client cannot lock somebody else's address by naming it
        login("laeser", DEMO_PASSWORD, "192.0.2.5").andExpect(redirectedUrl("/"));
        assertThat(audit.since("LOGIN_FAILED")).allSatisfy(row ->
                assertThat(row.details()).contains("\"ip\": \"10.0.6.1\"").doesNotContain("192.0.2."));
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
