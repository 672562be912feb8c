package dk.almenmonitor.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.almenmonitor.identity.AuditRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenIntegrationTests {

    /** Set in src/test/resources/config/application.properties. */
    private static final String DEMO_PASSWORD = "demo-test-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void adminCreatesATokenThatActsWithItsRoleAndOrganisationsAndIsStoredHashed() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        MvcResult created = create("Sags-integration", "EDITOR", "[\"TMF\", \"ØKF\"]")
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.token").value(startsWith("alm_")))
                .andExpect(jsonPath("$.role").value("EDITOR"))
                .andReturn();
        String token = JsonPath.read(created.getResponse().getContentAsString(), "$.token");
        Number id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        MvcResult me = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("token:" + id))
                .andExpect(jsonPath("$.displayName").value("Sags-integration"))
                .andExpect(jsonPath("$.role").value("EDITOR"))
                .andExpect(jsonPath("$.organisations[0]").value("TMF"))
                .andExpect(jsonPath("$.organisations[1]").value("ØKF"))
                .andReturn();
        assertThat(me.getRequest().getSession(false)).isNull();
        assertThat(me.getResponse().getHeader("Set-Cookie")).isNull();

        String stored = jdbc.sql("select token_hash from identity.api_token where id = ?").param(id.longValue())
                .query(String.class).single();
        assertThat(stored).isEqualTo(ApiTokens.hash(token)).doesNotContain(token.substring(4));
        assertThat(jdbc.sql("select last_used_at is not null from identity.api_token where id = ?").param(id.longValue())
                .query(Boolean.class).single()).isTrue();
        assertThat(audit.since("API_TOKEN_CREATED")).singleElement()
                .satisfies(row -> assertThat(row.actor()).isEqualTo("admin"))
                .satisfies(row -> assertThat(row.details()).doesNotContain(token));
    }

    @Test
    void revokedAndUnknownTokensGet401Problem() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        String body = create("Kortlivet", "READER", "[]").andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        Number id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(jsonPath("$.title").value("Ugyldig API-nøgle"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer alm_not-a-real-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/tokens/999999").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());

        assertThat(audit.since("API_TOKEN_REVOKED")).extracting(AuditRows.Row::subject).containsExactly("api-token/" + id);
        // one row per address and window; the second rejection only counts (AuditDenials)
        assertThat(audit.since("API_TOKEN_REJECTED")).hasSize(1);
    }

    @Test
    void onlyAdminAccountsManageTokensNotOtherRolesNorTokens() throws Exception {
        String adminToken = JsonPath.read(create("Admin-nøgle", "ADMIN", "[]").andReturn().getResponse()
                .getContentAsString(), "$.token");
        for (String user : new String[] {"tmf", "data", "laeser"}) {
            mvc.perform(post("/api/v1/tokens").with(httpBasic(user, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\",\"role\":\"ADMIN\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/tokens").with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"role\":\"ADMIN\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tokens").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Admin-nøgle')].active").value(true))
                .andExpect(jsonPath("$[0].token").doesNotExist());
    }

    @Test
    void badRequestsAreRejected() throws Exception {
        create("Ukendt organisation", "EDITOR", "[\"NOPE\"]").andExpect(status().isBadRequest());
        create("", "EDITOR", "[]").andExpect(status().isBadRequest());
        create("Forkert rolle", "KING", "[]").andExpect(status().isBadRequest());
    }

    @Test
    void anEditorTokenCannotActForTheMunicipalityAsAWhole() throws Exception {
        long before = jdbc.sql("select count(*) from identity.api_token").query(Long.class).single();
        create("KK-redaktør", "EDITOR", "[\"KK\"]")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Københavns Kommune (KK)")));
        create("KK og TMF", "EDITOR", "[\"TMF\", \"KK\"]").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from identity.api_token").query(Long.class).single()).isEqualTo(before);
        // a reader scoped to KK edits nothing, so it stays allowed
        create("KK-læser", "READER", "[\"KK\"]").andExpect(status().isCreated());
    }

    @Test
    void aTokenWithAnExpiryDateWorksThroughThatDayAndGets401Afterwards() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(dk.almenmonitor.shared.DanishFormat.DANISH_TIME);
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Udløber\",\"role\":\"READER\",\"expiresOn\":\"" + today + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expiresOn").value(today.toString()))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        Number id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tokens").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].expiresOn").value(today.toString()))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].active").value(true));

        // the day has passed (the expiry moved into the past here)
        jdbc.sql("update identity.api_token set expires_at = now() - interval '1 second' where id = ?")
                .param(id.longValue()).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Ugyldig API-nøgle"));
        mvc.perform(get("/api/v1/tokens").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].expired").value(true))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].active").value(false));
    }

    @Test
    void anExpiryDateInThePastOrFarAheadIs400() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(dk.almenmonitor.shared.DanishFormat.DANISH_TIME);
        for (java.time.LocalDate date : new java.time.LocalDate[] {today.minusDays(1), today.plusYears(6)}) {
            mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", DEMO_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\",\"role\":\"READER\",\"expiresOn\":\"" + date + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Udløbsdatoen")));
        }
    }

    @Test
    void theRefusalsAreTheDanishTextsOfTheirMessageKeys() throws Exception {
        create("x", "READER", "[\"NOPE\"]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Ukendt organisationskode: NOPE."));
        create("x", "EDITOR", "[\"KK\"]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "En tovholder kan ikke knyttes til Københavns Kommune (KK)")));
        java.time.LocalDate farAhead = java.time.LocalDate.now(dk.almenmonitor.shared.DanishFormat.DANISH_TIME)
                .plusYears(6);
        mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"role\":\"READER\",\"expiresOn\":\"" + farAhead + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Udløbsdatoen skal ligge fra i dag og højst 5 år frem."));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void controlCharactersInATokenNameAre400Not500() throws Exception {
        create("bell\\u0007char", "READER", "[]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Navnet må ikke indeholde styretegn."));
        // NUL never gets as far as the name rule: JSON strings with it are refused at the edge
        create("nul\\u0000byte", "READER", "[]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NUL-tegn")));
        create("org", "READER", "[\"T\\u0000MF\"]").andExpect(status().isBadRequest());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions create(String name, String role, String organisations)
            throws Exception {
        return mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"organisations\":" + organisations + "}"));
    }
}
