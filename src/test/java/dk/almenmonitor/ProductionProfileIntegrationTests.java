package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14, item 5: the production profile as the image starts it (docs/operations.md "Production profile"), on an
 * external PostgreSQL with an owner and an application role: no demo accounts, no seed, no illustrative data; JSON log
 * lines; the probe paths of docs/deploy/almenmonitor.yaml answer on the application port, health and the Prometheus
 * scrape on the management port without login. Without an external database it does not start.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileIntegrationTests {

    private static EmbeddedPostgres external;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startExternalServer() throws IOException {
        external = EmbeddedPostgres.builder().start();
        // A context cached by an earlier test class keeps logging initialised, and a start then keeps its format:
        // marked uninitialised, the production start below sets up its own (JSON) logging as in a fresh JVM.
        LoggingSystem.get(ProductionProfileIntegrationTests.class.getClassLoader()).cleanUp();
    }

    @AfterAll
    static void stopExternalServer() throws IOException {
        if (external != null) {
            external.close();
        }
        // Logging is global to the JVM, and Spring Boot keeps the structured format in a system property that a later
        // start without one does not reset: back to the default text lines for the test classes after this one.
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
        LoggingSystem logging = LoggingSystem.get(ProductionProfileIntegrationTests.class.getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
    }

    @Test
    void productionStartsWithoutDemoDataAndAnswersProbesAndScrapes(CapturedOutput output) throws Exception {
        DeploymentManifest manifest = new DeploymentManifest();
        try (ConfigurableApplicationContext app = start("--spring.datasource.url=" + newDatabase(),
                "--spring.datasource.username=almen_app", "--spring.flyway.user=almen_owner")) {
            assertThat(app.getEnvironment().getActiveProfiles()).containsExactly("production");
            assertThat(app.containsBean("embeddedPostgresConfiguration")).isFalse();

            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            for (String table : new String[] {"identity.users", "agreement.agreement", "indicator.indicator",
                    "imports.import_record"}) {
                assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
            }
            assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("almen_app");

            String server = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String management = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.management.port");
            for (String probe : new String[] {"livenessProbe", "readinessProbe", "startupProbe"}) {
                HttpResponse<String> answer = get(server + manifest.probe(probe).path());
                assertThat(answer.statusCode()).as(probe).isEqualTo(200);
                assertThat(answer.body()).contains("\"status\":\"UP\"");
            }
            assertThat(get(management + "/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(get(management + "/actuator/health/readiness").statusCode()).isEqualTo(200);
            HttpResponse<String> scrape = get(management + "/actuator/prometheus");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");

            // The scrape is not on the application port, and nothing else answers on the management port.
            assertThat(get(server + "/actuator/prometheus").statusCode()).isNotEqualTo(200);
            assertThat(get(management + "/actuator").statusCode()).isIn(401, 403);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(management + "/actuator/prometheus"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isIn(401, 403, 405);
            // No local password login for people: the login page offers no form.
            assertThat(get(server + "/login").body()).doesNotContain("name=\"password\"");
        }
        JsonNode line = logLine(output, "Demo data off");
        assertThat(line.path("@timestamp").asString()).isNotBlank();
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("service").path("name").asString()).isEqualTo("almenmonitor");
    }

    @Test
    void productionRefusesTheEmbeddedDatabase() {
        assertThatThrownBy(() -> start().close())
                .hasStackTraceContaining("The production profile needs an external database: set SPRING_DATASOURCE_URL");
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--server.port=0";
        all[1] = "--management.server.port=0";
        all[2] = "--spring.main.banner-mode=off";
        // As in production: sessions in the database (the test configuration turns them off for MockMvc tests).
        all[3] = "--spring.autoconfigure.exclude=";
        System.arraycopy(args, 0, all, 4, args.length);
        return new SpringApplicationBuilder(AlmenmonitorApplication.class).profiles("production").run(all);
    }

    /** A new database on the external server, owned by almen_owner, with the application role almen_app. */
    private static String newDatabase() throws Exception {
        String name = "t_prod_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = external.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("do $$ begin if not exists (select from pg_roles where rolname = 'almen_owner') then "
                    + "create role almen_owner login; create role almen_app login; end if; end $$");
            st.execute("create database " + name + " owner almen_owner encoding 'UTF8' template template0");
        }
        return "jdbc:postgresql://127.0.0.1:" + external.getPort() + "/" + name; // users come from the properties
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode logLine(CapturedOutput output, String message) {
        JsonMapper json = JsonMapper.builder().build();
        return output.getOut().lines().filter(l -> l.startsWith("{") && l.contains(message)).findFirst()
                .map(json::readTree).orElseThrow(() -> new AssertionError("no JSON log line with: " + message));
    }
}
