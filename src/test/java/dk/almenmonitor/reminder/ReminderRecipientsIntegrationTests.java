package dk.almenmonitor.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.almenmonitor.followup.RoundManagement;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.Role;
import dk.almenmonitor.organisation.OrganisationView;
import dk.almenmonitor.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Modtagere af påmindelser": the secretariat sets each organisation's reminder address; the reminders use it. */
@DirtiesContext
@SpringBootTest(properties = "almen.reminders.enabled=false")
@AutoConfigureMockMvc
class ReminderRecipientsIntegrationTests {

    private static final String PAGE = "/modtagere";
    private static final CurrentUser ADMIN_USER = new CurrentUser("admin", "Sekretariatet", Role.ADMIN, Set.of());

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    Reminders reminders;
    @Autowired
    RoundManagement rounds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void theSecretariatSetsAnAddressAndTheNextReminderGoesThere() throws Exception {
        String page = html(get(PAGE), admin(), 200);
        for (OrganisationView o : organisations.all()) {
            assertThat(page).contains("id=\"email-" + o.code() + "\"");
        }
        assertThat(page).contains("value=\"udsaettelser@sof.kk.dk.example\"");

        MvcResult saved = mvc.perform(post(PAGE + "/SOF").param("email", "  udsaettelser@kk.dk ").with(admin())
                .with(csrf())).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(PAGE + "?gemt=SOF");
        assertThat(html(get(PAGE).param("gemt", "SOF"), admin(), 200)).contains("Adressen for SOF er gemt.")
                .contains("value=\"udsaettelser@kk.dk\"");
        assertThat(contacts()).containsEntry("SOF", "udsaettelser@kk.dk");

        // An organisation whose code is not ASCII, through the encoded path, and back to nothing: no reminders.
        mvc.perform(post(PAGE + "/{code}", "ØKF").param("email", "").with(admin()).with(csrf())).andReturn();
        assertThat(contacts()).doesNotContainKey("ØKF");

        LocalDate today = LocalDate.of(2023, 3, 10);
        rounds.open("kk-bl1-2015-2018", "2023-Q1", today.plusDays(3), ADMIN_USER);
        reminders.sendDue(today);
        List<String> recipients = reminders.outbox().stream().map(OutboxMail::recipient).toList();
        assertThat(recipients).contains("udsaettelser@kk.dk").doesNotContain("udsaettelser@sof.kk.dk.example",
                "boliger@okf.kk.dk.example");

        JsonNode audit = json.readTree(mvc.perform(get("/api/v1/audit").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                        "admin", password))).andReturn().getResponse()
                .getContentAsString());
        assertThat(audit.toString()).contains("REMINDER_RECIPIENT_CHANGED").contains("organisation/SOF")
                .contains("udsaettelser@sof.kk.dk.example").contains("udsaettelser@kk.dk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ikke en adresse", "a@b", "en@kk.dk, to@kk.dk", "en@kk.dk\r\nBcc: alle@kk.dk",
            "<en@kk.dk>", "en@@kk.dk"})
    void anythingButOneAddressIsRefusedWhereItWasTypedAndNothingChanges(String typed) throws Exception {
        Map<String, String> before = contacts();
        String page = html(post(PAGE + "/BL1").param("email", typed).with(csrf()), admin(), 400);
        assertThat(page).contains("er ikke én gyldig e-mailadresse").contains("Adressen for BL1 er ikke ændret")
                .contains("aria-invalid=\"true\"");
        assertThat(contacts()).isEqualTo(before);
    }

    @Test
    void tooLongIsRefusedAndUnknownOrganisationIs404() throws Exception {
        String local = "a".repeat(250);
        html(post(PAGE + "/BL1").param("email", local + "@kk.dk").with(csrf()), admin(), 400);
        String page = html(post(PAGE + "/BL1").param("email", "a".repeat(100_000) + "@kk.dk").with(csrf()), admin(), 400);
        assertThat(page).contains("E-mailadresse må højst være 254 tegn").contains("Adressen for BL1 er ikke ændret")
                .contains("aria-invalid=\"true\"").doesNotContain("a".repeat(255));
        assertThat(html(post(PAGE + "/XYZ").param("email", "x@kk.dk").with(csrf())
                .accept(org.springframework.http.MediaType.TEXT_HTML), admin(), 404))
                .contains("Organisationen &#39;XYZ&#39; findes ikke.");
        assertThat(contacts()).doesNotContainKey("XYZ");
    }

    @Test
    void onlyTheSecretariatSeesOrChangesRecipients() throws Exception {
        RequestPostProcessor sof = as("sof");
        assertThat(html(get(PAGE).accept(org.springframework.http.MediaType.TEXT_HTML), sof, 403))
                .contains("Kun sekretariatet kan se og ændre modtagerne af påmindelser.");
        assertThat(html(get("/udbakke").accept(org.springframework.http.MediaType.TEXT_HTML), sof, 403))
                .contains("Kun sekretariatet kan se udbakken.");
        html(post(PAGE + "/SOF").param("email", "mig@kk.dk").with(csrf()), sof, 403);
        html(get(PAGE), as("laeser"), 403);
        assertThat(contacts()).doesNotContainValue("mig@kk.dk");
    }

    /** The policy's refusals are audited like every other refusal (issue 10 step 3): one row per refused request. */
    @Test
    void refusalsOfTheReminderPagesAreAudited() throws Exception {
        RequestPostProcessor sof = as("sof");
        long before = denials("sof");
        html(get(PAGE).accept(org.springframework.http.MediaType.TEXT_HTML), sof, 403);
        html(get("/udbakke").accept(org.springframework.http.MediaType.TEXT_HTML), sof, 403);
        html(post(PAGE + "/SOF").param("email", "mig@kk.dk").with(csrf()), sof, 403);
        // An API client is refused by Spring Security's audited handler (403 problem+json on the container error page).
        html(get("/udbakke").accept(org.springframework.http.MediaType.APPLICATION_JSON), sof, 403);
        assertThat(denials("sof") - before).isEqualTo(4);
        assertThat(contacts()).doesNotContainValue("mig@kk.dk");
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private long denials(String actor) {
        return jdbc.sql("select count(*) from audit.audit_event where action = 'AUTHORIZATION_DENIED' and actor = ?")
                .param(actor).query(Long.class).single();
    }

    private RequestPostProcessor admin() throws Exception {
        return as("admin");
    }

    /** Pages take the login form's session, not Basic. */
    private RequestPostProcessor as(String user) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(password))
                .andReturn().getRequest().getSession(false);
        return request -> {
            request.setSession(session);
            return request;
        };
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        RequestPostProcessor who, int expected) throws Exception {
        MvcResult result = mvc.perform(request.with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expected);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Map<String, String> contacts() {
        return jdbc.sql("select organisation_code, email from reminder.owner_contact").query().listOfRows().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r.get("organisation_code"),
                        r -> (String) r.get("email")));
    }
}
