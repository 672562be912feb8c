package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IdentityWebTest
class LoginThrottleIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveFailuresLockTheUsernameEvenForTheRightPassword() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        for (int i = 0; i < 5; i++) {
            login("sof", "wrong-" + i, "10.0.0.1")
                    .andExpect(redirectedUrl("/login?error"));
        }
        login("sof", DEMO_PASSWORD, "10.0.0.2")
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/me").with(httpBasic("sof", DEMO_PASSWORD)).with(from("10.0.0.3")))
                .andExpect(status().isUnauthorized());
        // other accounts are not affected
        login("tmf", DEMO_PASSWORD, "10.0.0.1")
                .andExpect(redirectedUrl("/"));

        assertThat(audit.since("ACCOUNT_LOCKED")).singleElement()
                .satisfies(row -> assertThat(row.subject()).isEqualTo("user:sof"));

        // after the lock time the right password works again (the lock is moved into the past here)
        jdbc.sql("update identity.login_lock set locked_until = now() - interval '1 second' where key = 'user:sof'").update();
        login("sof", DEMO_PASSWORD, "10.0.0.1")
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void unknownUsernamesAreLockedTheSameWaySoLocksRevealNothing() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("does-not-exist", "x", "10.0.1.1");
        }
        login("does-not-exist", "x", "10.0.1.2")
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void manyFailuresFromOneAddressLockTheAddress() throws Exception {
        for (int i = 0; i < 20; i++) {
            login("guess" + i, "x", "10.0.2.1");
        }
        login("laeser", DEMO_PASSWORD, "10.0.2.1")
                .andExpect(redirectedUrl("/login?locked"));
        login("laeser", DEMO_PASSWORD, "10.0.2.2")
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void lockedMessageIsDanishAndDoesNotMentionTheAccount() throws Exception {
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("For mange mislykkede loginforsøg")))
                .andExpect(content().string(not(containsString("Forkert brugernavn"))));
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password, String address)
            throws Exception {
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
