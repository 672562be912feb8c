package dk.almenmonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Runs a real PostgreSQL 17 inside the application when no {@code spring.datasource.url} is configured,
 * so that {@code ./mvnw spring-boot:run} needs nothing installed. The server is shared per JVM (tests start
 * several contexts); each context gets its own database when {@code almen.embedded-db.database} differs.
 *
 * <p>Two data sources, as in production (docs/adr/0004): Flyway migrates as the owner {@code postgres}; the
 * application connects as the login role {@code almen.db.app-role} ({@code almen_app}), which is not a superuser
 * and gets only the grants of the {@code afterMigrate} callback (no UPDATE/DELETE on the audit log).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static EmbeddedPostgres server;
    static final String PRODUCTION = "production";

    /** Resolved once: in tests the name is {@code t_${random.value}}, a new value on every resolution. */
    private final String database;

    EmbeddedPostgresConfiguration(@Value("${almen.embedded-db.database:almenmonitor}") String database,
                                  Environment environment) {
        if (environment.matchesProfiles(PRODUCTION)) {
            // Production keeps its data in an external PostgreSQL (docs/operations.md "Production profile"); an
            // embedded server in a container would lose it with the container.
            throw new IllegalStateException("The production profile needs an external database: set "
                    + "SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME/PASSWORD, SPRING_FLYWAY_USER/PASSWORD)");
        }
        this.database = database;
    }

    /** The application's pool: the non-superuser application role. */
    @Bean
    @Primary
    DataSource dataSource(@Value("${almen.embedded-db.data-dir:./data/pg}") String dataDir,
                          @Value("${almen.embedded-db.clean:false}") boolean clean,
                          @Value("${almen.db.app-role:almen_app}") String appRole,
                          @Value("${almen.embedded-db.pool-size:10}") int poolSize,
                          @Value("${almen.embedded-db.min-idle:10}") int minIdle,
                          @Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeout,
                          @Value("${spring.datasource.hikari.validation-timeout:2000}") long validationTimeout)
            throws Exception {
        EmbeddedPostgres pg = server(Path.of(dataDir).toAbsolutePath(), clean);
        createDatabaseIfMissing(pg, database);
        createAppRoleIfMissing(pg, appRole);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl(appRole, database));
        ds.setUsername(appRole);
        ds.setPassword(appRole);
        ds.setMaximumPoolSize(poolSize);
        // Tests keep many contexts (each with its own pool) in one JVM on one server: their pools stay small.
        ds.setMinimumIdle(Math.min(minIdle, poolSize));
        // The same bounds as the external pool: a request waits at most this long for a connection (web answers 503).
        ds.setConnectionTimeout(connectionTimeout);
        ds.setValidationTimeout(validationTimeout);
        ds.setPoolName("embedded-pg");
        return ds;
    }

    /** Flyway's connection: the owner of the schemas ({@code postgres}); not a candidate for anything else. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(DataSource dataSource) {
        // depends on dataSource: the server, the database and the role exist once it is created
        return new SimpleDriverDataSource(new org.postgresql.Driver(), server.getJdbcUrl("postgres", database),
                "postgres", "");
    }

    private static synchronized EmbeddedPostgres server(Path dataDir, boolean clean) throws IOException {
        if (server == null) {
            Files.createDirectories(dataDir);
            removeStalePidFile(dataDir);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setRegisterShutdownHook(true)
                    .start();
            log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", server.getPort(), dataDir);
        }
        return server;
    }

    /** A killed run leaves postmaster.pid behind; PostgreSQL refuses to start until it is gone. */
    private static void removeStalePidFile(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        boolean alive = firstLine.matches("\\d+")
                && ProcessHandle.of(Long.parseLong(firstLine)).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            Files.delete(pidFile);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg, String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("almen.embedded-db.database must be a plain lower-case identifier");
        }
        try (Connection c = pg.getPostgresDatabase().getConnection();
             var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, database);
            try (var rs = check.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + database + " encoding 'UTF8' template template0");
                    }
                }
            }
        }
    }

    /** The login role the application connects as; a cluster-wide role, so created once per server. */
    private static void createAppRoleIfMissing(EmbeddedPostgres pg, String role) throws SQLException {
        if (!role.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("almen.db.app-role must be a plain lower-case identifier");
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            // The embedded server trusts loopback connections; the password only matters if that is changed.
            st.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role + "') then "
                    + "create role " + role + " login nosuperuser nocreatedb nocreaterole password '" + role + "'; "
                    + "end if; exception when duplicate_object then null; end $$");
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
