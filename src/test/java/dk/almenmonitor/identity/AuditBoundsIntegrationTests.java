package dk.almenmonitor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 9, finding 6: anonymous callers cannot fill the append-only audit log, in number of rows or in size. */
@IdentityWebTest
class AuditBoundsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditDenials denials;

    @Test
    void repeatedAnonymousRefusalsFromOneAddressWriteOneRowAndLaterOneSummary() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        String longPath = "/api/v1/x" + "A".repeat(3000);
        for (int i = 0; i < 20; i++) {
            mvc.perform(post(longPath).with(from("10.0.7.1"))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/me").with(from("10.0.7.1")).header("Authorization", "Bearer alm_bogus"))
                    .andExpect(status().isUnauthorized());
        }
        // another address has a window of its own
        mvc.perform(post(longPath).with(from("10.0.7.2"))).andExpect(status().isForbidden());

        assertThat(audit.since("AUTHORIZATION_DENIED")).hasSize(2).allSatisfy(row -> {
            assertThat(row.actor()).isEqualTo("anonymous");
            assertThat(row.subject()).startsWith("/api/v1/xAAA").hasSize(SecurityAudit.MAX_VALUE_LENGTH);
        });
        assertThat(audit.since("API_TOKEN_REJECTED")).singleElement()
                .satisfies(row -> assertThat(row.details()).contains("10.0.7.1"));
        assertThat(audit.since(AuditDenials.AGGREGATED)).isEmpty();

        // when the window has passed, one summary row per address and kind says how many were left out
        denials.closeWindows(Instant.now().plus(Duration.ofMinutes(11)));
        assertThat(audit.since(AuditDenials.AGGREGATED))
                .extracting(AuditRows.Row::subject)
                .containsExactlyInAnyOrder("AUTHORIZATION_DENIED", "API_TOKEN_REJECTED");
        assertThat(audit.since(AuditDenials.AGGREGATED)).allSatisfy(row -> assertThat(row.details())
                .contains("\"ip\": \"10.0.7.1\"").contains("\"count\": \"19\""));
        assertThat(jdbc.sql("select count(*) from identity.audit_denial_window").query(Long.class).single()).isZero();
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void loginAttemptsWhileLockedAreAggregatedToo() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/login").with(org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()).with(from("10.0.7.9"))
                    .param("username", "nobody" + i).param("password", "x"));
        }
        // 20 failures lock the address; the 10 attempts after that write at most one row between them
        assertThat(audit.since("LOGIN_FAILED")).hasSizeBetween(20, 21);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
