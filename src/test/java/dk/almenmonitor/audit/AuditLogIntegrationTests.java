package dk.almenmonitor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import dk.almenmonitor.shared.AuditEvent;

@SpringBootTest
@AutoConfigureMockMvc
class AuditLogIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    @FlywayDataSource
    DataSource owner;
    @Value("${almen.demo.password}")
    String password;
    /** The schema owner: the embedded server's superuser, or the owner role of an external database. */
    @Value("${spring.flyway.user:postgres}")
    String ownerName;

    @Test
    void applicationRoleIsNotASuperuserAndCannotChangeOrRemoveAuditRows() {
        events.publishEvent(AuditEvent.of("tmf", "STATUS_SAVED", "immutable/" + UUID.randomUUID(), Map.of()));
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("almen_app");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();

        assertThatThrownBy(() -> jdbc.sql("update audit.audit_event set actor = 'someone else'").update())
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_event").update())
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("truncate audit.audit_event").update())
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThat(jdbc.sql("select count(*) from audit.audit_event").query(Long.class).single()).isPositive();
    }

    @Test
    void evenTheSchemaOwnerIsStoppedByTheTrigger() {
        events.publishEvent(AuditEvent.of("tmf", "STATUS_SAVED", "owner/" + UUID.randomUUID(), Map.of()));
        JdbcClient asOwner = JdbcClient.create(owner);
        assertThat(asOwner.sql("select current_user").query(String.class).single()).isEqualTo(ownerName);
        assertThatThrownBy(() -> asOwner.sql("update audit.audit_event set actor = 'x'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.sql("delete from audit.audit_event").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.sql("truncate audit.audit_event").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void applicationRoleKeepsFullAccessToOtherModulesTables() {
        assertThat(jdbc.sql("select count(*) from identity.users").query(Long.class).single()).isPositive();
        int updated = jdbc.sql("update identity.users set display_name = display_name where username = 'laeser'").update();
        assertThat(updated).isEqualTo(1);
    }

    @Test
    void auditRowCommitsWithTheWriteAndDisappearsWithItsRollback() {
        String committed = "tx/" + UUID.randomUUID();
        String rolledBack = "tx/" + UUID.randomUUID();

        transactions.executeWithoutResult(tx -> events.publishEvent(AuditEvent.of("sof", "STATUS_SAVED", committed, Map.of())));
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(AuditEvent.of("sof", "STATUS_SAVED", rolledBack, Map.of()));
            tx.setRollbackOnly();
        });

        assertThat(count(committed)).isEqualTo(1);
        assertThat(count(rolledBack)).isZero();
    }

    @Test
    void adminReadsTheLogThroughTheApiWithFilters() throws Exception {
        String subject = "kk-bl1-2015-2018/2017-Q2/goal/" + UUID.randomUUID();
        Instant at = Instant.parse("2017-03-31T22:30:00Z"); // 1 April 2017 00:30 in Danish time
        events.publishEvent(new AuditEvent("TMF-user", "STATUS_SAVED", subject, Map.of("before", "a", "after", "b"), at));
        events.publishEvent(AuditEvent.of("sof", "STATUS_SAVED", subject, Map.of()));

        mvc.perform(get("/api/v1/audit").param("subject", subject).with(httpBasic("admin", password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.entries[0].actor").value("sof"))
                .andExpect(jsonPath("$.entries[1].actor").value("TMF-user"))
                .andExpect(jsonPath("$.entries[1].at").value("2017-03-31T22:30:00Z"))
                .andExpect(jsonPath("$.entries[1].details.after").value("b"));

        mvc.perform(get("/api/v1/audit").param("subject", subject).param("actor", "tmf-user")
                        .param("action", "status_saved").with(httpBasic("admin", password)))
                .andExpect(jsonPath("$.total").value(1));
        // Danish calendar days: 1 April (Danish time) includes 22:30 UTC on 31 March
        mvc.perform(get("/api/v1/audit").param("subject", subject).param("from", "2017-04-01").param("to", "2017-04-01")
                        .with(httpBasic("admin", password)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].actor").value("TMF-user"));
        mvc.perform(get("/api/v1/audit").param("subject", subject).param("to", "2017-03-31")
                        .with(httpBasic("admin", password)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void pagingReturnsFiftyAtATime() throws Exception {
        String subject = "paging/" + UUID.randomUUID();
        for (int i = 0; i < 55; i++) {
            events.publishEvent(AuditEvent.of("system", "PAGING_TEST", subject + "/" + i, Map.of()));
        }
        mvc.perform(get("/api/v1/audit").param("subject", subject).param("page", "1").with(httpBasic("admin", password)))
                .andExpect(jsonPath("$.total").value(55))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.entries.length()").value(5));
    }

    @Test
    void onlyAdminMayReadTheLog() throws Exception {
        for (String user : new String[] {"tmf", "data", "laeser"}) {
            mvc.perform(get("/api/v1/audit").with(httpBasic(user, password)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            mvc.perform(get("/revision").session(loggedIn(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/audit").param("from", "not-a-date").with(httpBasic("admin", password)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void revisionPageShowsEntriesInDanishTime() throws Exception {
        String subject = "page/" + UUID.randomUUID();
        events.publishEvent(new AuditEvent("bl1", "STATUS_SAVED", subject, Map.of("felt", "<script>x</script>"),
                Instant.parse("2017-06-30T10:15:00Z")));
        mvc.perform(get("/revision").param("subject", subject).session(loggedIn("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Revisionslog</h1>")))
                .andExpect(content().string(containsString("30. jun. 2017 kl. 12:15:00")))
                .andExpect(content().string(containsString("datetime=\"2017-06-30T10:15:00Z\"")))
                .andExpect(content().string(containsString("felt: &lt;script&gt;x&lt;/script&gt;")))
                .andExpect(content().string(containsString("1 hændelser")));
    }

    @Test
    void pagingFarBeyondTheEndIsADanishErrorPageNamingTheBound() throws Exception {
        mvc.perform(get("/revision").param("page", "2147483647").accept(MediaType.TEXT_HTML).session(loggedIn("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Forespørgslen kunne ikke behandles")))
                .andExpect(content().string(containsString("højst 10.000 sider")));
        mvc.perform(get("/revision").param("actor", "x".repeat(201)).accept(MediaType.TEXT_HTML).session(loggedIn("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("må højst være 200 tegn langt")));
    }

    private MockHttpSession loggedIn(String username) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private long count(String subject) {
        return jdbc.sql("select count(*) from audit.audit_event where subject = ?").param(subject).query(Long.class).single();
    }
}
