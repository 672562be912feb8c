package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IdentityWebTest
class ApiAuthenticationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousApiCallGets401ProblemWithBasicChallenge() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Almenmonitor\""))
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Login påkrævet"))
                .andExpect(jsonPath("$.detail").value(containsString("logget ind")))
                .andExpect(jsonPath("$.instance").value("/api/v1/me"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void wrongBasicCredentialsGet401Problem() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Almenmonitor\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "admin  | ADMIN        | ",
            "tmf    | EDITOR       | TMF",
            "sof    | EDITOR       | SOF",
            "oekf   | EDITOR       | ØKF",
            "bl1    | EDITOR       | BL1",
            "data   | DATA_STEWARD | ",
            "laeser | READER       | "})
    void meReturnsRoleAndOrganisationsOfEachDemoAccount(String username, String role, String organisation)
            throws Exception {
        List<String> organisations = organisation == null ? List.of() : Arrays.asList(organisation);
        MvcResult result = mvc.perform(get("/api/v1/me").with(httpBasic(username, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.displayName").isNotEmpty())
                .andExpect(jsonPath("$.role").value(role))
                .andExpect(jsonPath("$.organisations", equalTo(organisations)))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).as("Basic must not create a session").isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void authenticatedButForbiddenGets403Problem() throws Exception {
        mvc.perform(get(ForbiddenProbeController.PATH).with(httpBasic("laeser", DEMO_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Adgang nægtet"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void basicAuthenticatedClientNeedsNoCsrfToken() throws Exception {
        // passes security (no CSRF token needed) and reaches MVC, which only has GET /me
        mvc.perform(post("/api/v1/me").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void crossSiteBrowserRequestWithCachedBasicCredentialsStillNeedsCsrfToken() throws Exception {
        mvc.perform(post("/api/v1/me").with(httpBasic("admin", DEMO_PASSWORD)).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void openApiDocumentNeedsLoginAndAcceptsBasic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        MvcResult result = mvc.perform(get("/v3/api-docs").with(httpBasic("laeser", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }
}
