package dk.almenmonitor.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenPageIntegrationTests {

    /** Set in src/test/resources/config/application.properties. */
    private static final String DEMO_PASSWORD = "demo-test-password";

    @Autowired
    MockMvc mvc;

    @Test
    void adminCreatesATokenOnThePageSeesItOnceAndRevokesIt() throws Exception {
        MockHttpSession admin = login("admin");
        String created = mvc.perform(post("/api-noegler").session(admin).with(csrf())
                        .param("name", "Side-<b>nøgle</b>").param("role", "EDITOR").param("organisations", "SOF"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("value=\"(alm_[A-Za-z0-9_-]+)\"").matcher(created);
        assertThat(token.find()).isTrue();
        assertThat(created).contains("Side-&lt;b&gt;nøgle&lt;/b&gt;").contains("vises kun denne ene gang");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.group(1))).andExpect(status().isOk());

        String list = mvc.perform(get("/api-noegler").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("API-nøgler").doesNotContain(token.group(1)).contains("Tilbagekald");
        Matcher revoke = Pattern.compile("action=\"(/api-noegler/\\d+/tilbagekald)\"").matcher(list);
        assertThat(revoke.find()).isTrue();
        mvc.perform(post(revoke.group(1)).session(admin).with(csrf())).andExpect(status().isFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.group(1)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theExpiryDateIsChosenOnThePageAndShownInTheList() throws Exception {
        MockHttpSession admin = login("admin");
        java.time.LocalDate day = java.time.LocalDate.of(java.time.LocalDate.now().getYear() + 1, 3, 5);
        mvc.perform(post("/api-noegler").session(admin).with(csrf())
                        .param("name", "Udløbende side-nøgle").param("role", "READER").param("expiresOn", day.toString()))
                .andExpect(status().isOk());
        mvc.perform(post("/api-noegler").session(admin).with(csrf()).param("name", "Evig side-nøgle")
                .param("role", "READER")).andExpect(status().isOk());
        String list = mvc.perform(get("/api-noegler").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Udløber").contains("5. mar. " + day.getYear()).contains("udløber ikke")
                .contains("name=\"expiresOn\"");

        String refused = mvc.perform(post("/api-noegler").session(admin).with(csrf())
                        .param("name", "Fortid").param("role", "READER").param("expiresOn", "2001-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Udløbsdatoen skal ligge fra i dag");
        mvc.perform(post("/api-noegler").session(admin).with(csrf())
                        .param("name", "KK").param("role", "EDITOR").param("organisations", "KK"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api-noegler").session(admin).with(csrf())
                        .param("name", "Vrøvl").param("role", "READER").param("expiresOn", "i morgen"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusalsOnThePageSayWhyAndAnUnknownTokenIsNotReportedRevoked() throws Exception {
        MockHttpSession admin = login("admin");
        String kk = mvc.perform(post("/api-noegler").session(admin).with(csrf())
                        .param("name", "KK-nøgle").param("role", "EDITOR").param("organisations", "KK"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String badDate = mvc.perform(post("/api-noegler").session(admin).with(csrf())
                        .param("name", "Datonøgle").param("role", "READER").param("expiresOn", "garbage"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(kk).contains("Nøglen blev ikke oprettet.").contains("KK");
        assertThat(badDate).contains("Udløbsdatoen skal være en dato");
        mvc.perform(post("/api-noegler/999999/tilbagekald").session(admin).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void otherRolesMayNotSeeOrUseThePage() throws Exception {
        MockHttpSession editor = login("tmf");
        mvc.perform(get("/api-noegler").session(editor)).andExpect(status().isForbidden());
        mvc.perform(post("/api-noegler").session(editor).with(csrf()).param("name", "x").param("role", "ADMIN"))
                .andExpect(status().isForbidden());
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
