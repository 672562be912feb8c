package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9, finding 9: an Authorization header makes an API request stateless, so it is authenticated by that header or
 * refused; the browser session that came along is ignored and cannot be used without a CSRF token.
 */
@IdentityWebTest
class ApiSessionCsrfIntegrationTests {

    private static final String TOKEN_REQUEST = "{\"name\":\"csrf-probe\",\"role\":\"ADMIN\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"x", "Digest username=\"admin\"", "Basic bm90LWJhc2U2NA", "Basic", "Bearer alm_bogus"})
    void aSessionWithAForeignAuthorizationHeaderMintsNoTokenWithoutCsrf(String authorization) throws Exception {
        MockHttpSession admin = login("admin");
        long before = tokens();
        mvc.perform(post("/api/v1/tokens").session(admin).header("Authorization", authorization)
                        .contentType(MediaType.APPLICATION_JSON).content(TOKEN_REQUEST))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").session(admin).header("Authorization", authorization))
                .andExpect(status().isUnauthorized());
        assertThat(tokens()).isEqualTo(before);
        // the session itself still works as before: with a CSRF token, and without the header
        mvc.perform(get("/api/v1/me").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void theSessionStillNeedsItsCsrfTokenWithoutAHeader() throws Exception {
        MockHttpSession admin = login("admin");
        long before = tokens();
        mvc.perform(post("/api/v1/tokens").session(admin).contentType(MediaType.APPLICATION_JSON).content(TOKEN_REQUEST))
                .andExpect(status().isForbidden());
        assertThat(tokens()).isEqualTo(before);
        mvc.perform(post("/api/v1/tokens").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(TOKEN_REQUEST)).andExpect(status().isCreated());
        assertThat(tokens()).isEqualTo(before + 1);
    }

    @Test
    void basicCredentialsDoNotLendTheirUserToTheSession() throws Exception {
        MockHttpSession reader = login("laeser");
        mvc.perform(get("/api/v1/me").session(reader).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.username")
                        .value("admin"));
        mvc.perform(get("/api/v1/me").session(reader))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.username")
                        .value("laeser"));
    }

    private long tokens() {
        return jdbc.sql("select count(*) from identity.api_token").query(Long.class).single();
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
