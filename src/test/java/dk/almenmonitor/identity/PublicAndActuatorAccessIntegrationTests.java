package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 9, "also found": the accessibility statement is public; Actuator beyond health is for ADMIN only. */
@IdentityWebTest
class PublicAndActuatorAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theAccessibilityStatementNeedsNoLogin() throws Exception {
        mvc.perform(get("/tilgaengelighed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tilgængelighedserklæring")));
    }

    @Test
    void healthAndProbesArePublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void otherActuatorEndpointsAreForAdminsOnly() throws Exception {
        for (String user : new String[] {"laeser", "tmf", "data"}) {
            mvc.perform(get("/actuator").session(login(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/actuator")).andExpect(status().isFound());
        mvc.perform(get("/actuator").session(login("admin"))).andExpect(status().isOk());
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
