package dk.almenmonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.almenmonitor.AlmenmonitorApplication;

/**
 * Issue 10, step 8: demo accounts and seed data load only in the embedded default, or on an external database that
 * asks for them with {@code almen.demo.enabled=true}; the log says which and why. The "external" database is a
 * PostgreSQL server of this test's own, reached through {@code spring.datasource.url}, so the application's embedded
 * server must not start for it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataIntegrationTests {

    private static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws IOException {
        external = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopExternalServer() throws IOException {
        if (external != null) {
            external.close();
        }
    }

    @Test
    void externalDatabaseGetsNoDemoDataUnlessItAsks(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start(external())) {
            assertThat(app.containsBean("embeddedPostgresConfiguration")).isFalse();
            assertThat(app.getBeansOfType(DemoAccounts.class)).isEmpty();
            assertThat(counts(app)).containsExactly(0L, 0L, 0L);
            assertThat(output.getAll()).contains("Demo data off: an external database (spring.datasource.url is set); "
                    + "set ALMEN_DEMO_ENABLED=true");
            assertThat(health(app)).isEqualTo(200);
        }
    }

    @Test
    void externalDatabaseThatAsksGetsDemoDataAndAWarning(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start(external(), "--almen.demo.enabled=true")) {
            assertThat(app.containsBean("embeddedPostgresConfiguration")).isFalse();
            assertThat(counts(app)).allSatisfy(count -> assertThat(count).isPositive());
            assertThat(output.getAll()).contains("WARN").contains("Demo data on: almen.demo.enabled=true on an external "
                    + "database (spring.datasource.url is set); loading the demo accounts [admin,");
            assertThat(health(app)).isEqualTo(200);
        }
    }

    @Test
    void embeddedDatabaseCanTurnDemoDataOff(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start("--almen.embedded-db.database=" + newName(),
                "--almen.demo.enabled=false")) {
            assertThat(app.containsBean("embeddedPostgresConfiguration")).isTrue();
            assertThat(counts(app)).containsExactly(0L, 0L, 0L);
            assertThat(output.getAll()).contains("Demo data off: almen.demo.enabled=false on the embedded database");
            assertThat(health(app)).isEqualTo(200);
        }
    }

    /** Demo accounts, agreements and indicators in the application's database. */
    private static Long[] counts(ConfigurableApplicationContext app) {
        JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
        return new Long[] {
                jdbc.sql("select count(*) from identity.users").query(Long.class).single(),
                jdbc.sql("select count(*) from agreement.agreement").query(Long.class).single(),
                jdbc.sql("select count(*) from indicator.indicator").query(Long.class).single()};
    }

    private static int health(ConfigurableApplicationContext app) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Arguments that point the application at a new database on the external server. */
    private static String[] external() throws Exception {
        return new String[] {"--spring.datasource.url=" + newExternalDatabase(), "--spring.datasource.username=postgres"};
    }

    private static String newExternalDatabase() throws Exception {
        String name = newName();
        try (Connection c = external.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database " + name + " encoding 'UTF8' template template0");
        }
        return external.getJdbcUrl("postgres", name);
    }

    private static String newName() {
        return "t_demo_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static ConfigurableApplicationContext start(String[] database, String... more) {
        return start(Stream.concat(Arrays.stream(database), Arrays.stream(more)).toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = Stream.concat(Stream.of("--server.port=0", "--spring.main.banner-mode=off"), Arrays.stream(args))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(AlmenmonitorApplication.class).run(all);
    }
}
