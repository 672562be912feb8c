package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Issue 9, "also found": with OIDC on, local password login for people can be switched off; API clients keep Basic. */
@IdentityWebTest
@TestPropertySource(properties = {
        "almen.login.local.enabled=false",
        "almen.oidc.enabled=true",
        "almen.oidc.issuer-uri=http://127.0.0.1:9/issuer",
        "almen.oidc.client-id=almenmonitor",
        "almen.oidc.group-mapping.KK-Almen-Sekretariat=ADMIN"})
class LocalLoginDisabledIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoginPageOffersOnlyTheMunicipalityLogin() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Log ind med Københavns Kommunes login").doesNotContain("name=\"password\"")
                .doesNotContain("Eller log ind med brugernavn");
        mvc.perform(get("/aftaler/kk-bl1-2015-2018")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
    }

    @Test
    void aFormLoginWithTheRightPasswordIsRefused() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        MvcResult result = mvc.perform(post("/login").with(csrf())
                        .param("username", "admin").param("password", DEMO_PASSWORD))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isBetween(400, 499);
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        if (session != null) {
            mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
        }
        assertThat(audit.since("LOGIN_SUCCEEDED")).isEmpty();
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void integrationsKeepHttpBasicOnTheApi() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", DEMO_PASSWORD))).andExpect(status().isOk());
    }
}
