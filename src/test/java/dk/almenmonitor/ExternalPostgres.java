package dk.almenmonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server outside the application, as in production (docs/operations.md "Database"): the Debian
 * server binaries ({@code initdb}, {@code pg_ctl} from {@code /usr/lib/postgresql/<version>/bin}, or {@code ALMEN_PG_BIN}),
 * a cluster of the test run's own under {@code target/external-pg/}, on a free port, with password authentication, the
 * schema owner {@link #OWNER} and the application's login role {@link #APP}. The tests own the cluster, so they can
 * stop it and start it again under a running application (the outage test). Run as root, every server program runs as
 * the {@code postgres} operating-system user ({@code runuser}), because PostgreSQL refuses to run as root.
 *
 * <p>One cluster per test JVM, started on first use and stopped when the JVM ends. Without the binaries the tests that
 * need the server are skipped with the reason, unless {@code ALMEN_EXTERNAL_PG_REQUIRED=1} (set by {@code .ci/run}):
 * then they fail.
 */
public final class ExternalPostgres {

    public static final String OWNER = "almen_owner";
    public static final String APP = "almen_app";
    public static final String OWNER_PASSWORD = "owner-test-password";
    public static final String APP_PASSWORD = "app-test-password";
    private static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_PASSWORD = "superuser-test-password";
    private static final Path ROOT = Path.of("target", "external-pg").toAbsolutePath();

    private static ExternalPostgres shared;
    private static String unavailable;

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;

    private ExternalPostgres(Path bin, Path dataDir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** True when the run must have the external server ({@code ALMEN_EXTERNAL_PG_REQUIRED=1}, as in {@code .ci/run}). */
    public static boolean required() {
        String value = System.getenv("ALMEN_EXTERNAL_PG_REQUIRED");
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }

    /**
     * The shared server, started on first use; skips the calling test (JUnit assumption) when there is none, or fails
     * it when the run requires one.
     */
    public static synchronized ExternalPostgres requireOrSkip() {
        Optional<ExternalPostgres> server = shared();
        if (server.isEmpty()) {
            String reason = "External PostgreSQL tests skipped: " + unavailable
                    + " (install Debian's postgresql, or set ALMEN_PG_BIN to a directory with initdb and pg_ctl)";
            if (required()) {
                throw new IllegalStateException("ALMEN_EXTERNAL_PG_REQUIRED is set, but " + unavailable);
            }
            Assumptions.abort(reason);
        }
        return server.get();
    }

    /** The shared server, or empty with {@link #unavailableReason()} when the binaries are missing. */
    public static synchronized Optional<ExternalPostgres> shared() {
        if (shared == null && unavailable == null) {
            Optional<Path> bin = findBinaries();
            if (bin.isEmpty()) {
                String configured = System.getenv("ALMEN_PG_BIN");
                unavailable = "no PostgreSQL server binaries (initdb, pg_ctl) found "
                        + (configured != null && !configured.isBlank() ? "in ALMEN_PG_BIN=" + configured
                        : "under /usr/lib/postgresql/*/bin");
            } else {
                shared = create(bin.get());
            }
        }
        return Optional.ofNullable(shared);
    }

    static String unavailableReason() {
        return unavailable;
    }

    private static Optional<Path> findBinaries() {
        String configured = System.getenv("ALMEN_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            Path bin = Path.of(configured);
            return hasServer(bin) ? Optional.of(bin) : Optional.empty();
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin")).filter(ExternalPostgres::hasServer)
                    .max(Comparator.comparingInt(ExternalPostgres::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static boolean hasServer(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))
                && Files.isExecutable(bin.resolve("postgres"));
    }

    private static ExternalPostgres create(Path bin) {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            stopStaleClusters(bin, root);
            Path dataDir = ROOT.resolve("cluster-" + ProcessHandle.current().pid());
            Files.createDirectories(dataDir);
            ExternalPostgres server = new ExternalPostgres(bin, dataDir, freePort(), root);
            server.initialise();
            server.start();
            server.createRoles();
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy, "external-pg-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run that was killed leaves its server running: stop it (and remove its cluster) before starting ours. */
    private static void stopStaleClusters(Path bin, boolean root) throws IOException {
        if (!Files.isDirectory(ROOT)) {
            return;
        }
        try (Stream<Path> clusters = Files.list(ROOT)) {
            for (Path cluster : clusters.toList()) {
                if (Files.exists(cluster.resolve("postmaster.pid"))) {
                    try {
                        new ExternalPostgres(bin, cluster, 0, root).pgCtl("stop", "-m", "immediate");
                    } catch (IllegalStateException alreadyStopped) {
                        // its server is gone already
                    }
                }
                deleteRecursively(cluster);
            }
        }
    }

    private void initialise() throws IOException {
        Path pwFile = dataDir.resolveSibling(dataDir.getFileName() + ".pw");
        Files.writeString(pwFile, SUPERUSER_PASSWORD + "\n");
        if (asPostgresUser) {
            run(List.of("chown", "-R", "postgres:postgres", dataDir.toString(), pwFile.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", SUPERUSER,
                "--pwfile=" + pwFile, "--auth-local=scram-sha-256", "--auth-host=scram-sha-256",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), asPostgresUser);
        Files.delete(pwFile);
        // Only TCP on loopback; a test cluster needs no durability (it is thrown away), which keeps it fast.
        Files.writeString(dataDir.resolve("postgresql.conf"), """

                port = %d
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                max_connections = 200
                fsync = off
                synchronous_commit = off
                full_page_writes = off
                """.formatted(port), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() {
        pgCtl("start", "-w", "-t", "60", "-l", dataDir.resolveSibling(dataDir.getFileName() + ".log").toString());
    }

    /** Stops the server the way an operator or a crash-free failover does: every connection is ended. */
    public void stop() {
        pgCtl("stop", "-w", "-m", "fast");
    }

    private void destroy() {
        try {
            if (Files.exists(dataDir.resolve("postmaster.pid"))) {
                pgCtl("stop", "-m", "immediate");
            }
            deleteRecursively(dataDir);
        } catch (RuntimeException | IOException e) {
            // The JVM is ending; a leftover cluster is removed by the next run.
        }
    }

    private void pgCtl(String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString()));
        command.addAll(List.of(args));
        if (args[0].equals("start")) {
            // pg_ctl's log file is written by the server process, so it must be writable by the postgres user.
            Path log = Path.of(args[args.length - 1]);
            try {
                if (!Files.exists(log)) {
                    Files.createFile(log);
                }
                if (asPostgresUser) {
                    run(List.of("chown", "postgres:postgres", log.toString()), false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        run(command, asPostgresUser);
    }

    /** Runs a program (as the postgres user when we are root) and fails with its output when it fails. */
    private static String run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).directory(ROOT.getParent().toFile())
                    .start();
            // pg_ctl start leaves the server running with our stdout inherited unless it is redirected (-l above).
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The owner and the application role, exactly as docs/operations.md "Database" creates them. One addition for the
     * tests only: the owner may see and end other sessions ({@code pg_read_all_stats}, {@code pg_signal_backend}), as
     * tests that end a backend mid-COPY do with the embedded server's superuser; neither role is a superuser.
     */
    private void createRoles() {
        superuser("postgres", "create role " + OWNER + " login password '" + OWNER_PASSWORD + "'",
                "create role " + APP + " login password '" + APP_PASSWORD + "'",
                "grant pg_read_all_stats, pg_signal_backend to " + OWNER);
    }

    /** A new, empty database owned by {@link #OWNER}, as docs/operations.md creates the production one. */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        superuser("postgres", "create database " + name + " owner " + OWNER + " encoding 'UTF8' template template0");
        return name;
    }

    /** Runs statements as the superuser in a database. */
    public void superuser(String database, String... statements) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), SUPERUSER, SUPERUSER_PASSWORD);
             Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * The settings of an external database in production (docs/operations.md "Database"): the application connects as
     * {@link #APP}, Flyway migrates as {@link #OWNER}; demo data is asked for, as the tests expect the seed agreement.
     */
    public Map<String, String> applicationProperties(String database) {
        return Map.of("spring.datasource.url", jdbcUrl(database),
                "spring.datasource.username", APP,
                "spring.datasource.password", APP_PASSWORD,
                "spring.flyway.user", OWNER,
                "spring.flyway.password", OWNER_PASSWORD,
                "almen.demo.enabled", "true");
    }

    public int port() {
        return port;
    }

    /** The directory with the server's client programs (pg_dump, pg_restore) of the same version. */
    public Path bin() {
        return bin;
    }

    public String superuserName() {
        return SUPERUSER;
    }

    public String superuserPassword() {
        return SUPERUSER_PASSWORD;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
