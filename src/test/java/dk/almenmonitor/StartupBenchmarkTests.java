package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * P7 (BENCHMARKS.md): from {@code java} to the first page (the login page answering 200) with the embedded database and a
 * 512 MB heap, in a JVM of its own: a first start on an empty data directory (initdb, migrations, seed import) and a
 * second start on the same directory. Reference, measured in the same run: starting the embedded PostgreSQL alone on
 * an empty directory, the part of a first start that is not ours. Run with {@code ./mvnw -Pbench verify}; figures go
 * to the log and to {@code target/bench/startup.txt} (BENCHMARKS.md).
 */
@Tag("bench")
class StartupBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(StartupBenchmarkTests.class);
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String PASSWORD = "startup-bench-password";

    @Test
    void firstPageWithin20SecondsOn512Megabytes() throws Exception {
        Path work = Files.createTempDirectory("bench-startup");
        double postgresMs = embeddedPostgresAloneMs(work.resolve("pg-alone"));
        Path data = work.resolve("data");
        Startup first = start(data, work.resolve("first.log"));
        Startup second = start(data, work.resolve("second.log"));
        FileSystemUtils.deleteRecursively(data);

        String report = String.format(Locale.ROOT, """
                Start-up, own JVM, -Xmx512m, embedded PostgreSQL; first page = GET /login answers 200,
                seed ready = GET /api/v1/agreements/kk-bl1-2015-2018 answers 200:
                  first start, empty data directory (initdb, migrations, seed import):
                    first page %8.0f ms   target <= 20000 ms; seed ready %8.0f ms
                  second start, same data directory:
                    first page %8.0f ms   target <= 20000 ms; seed ready %8.0f ms
                reference, embedded PostgreSQL alone on an empty directory (initdb + start): %8.0f ms
                  ratio first start's first page / PostgreSQL alone: %.1fx
                """, first.firstPageMs(), first.seedReadyMs(), second.firstPageMs(), second.seedReadyMs(), postgresMs,
                first.firstPageMs() / postgresMs);
        log.info("\n{}", report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/startup.txt"), report, StandardCharsets.UTF_8);

        assertThat(first.firstPageMs()).as("first start ms").isLessThanOrEqualTo(LIMIT.toMillis());
        assertThat(second.firstPageMs()).as("second start ms").isLessThanOrEqualTo(LIMIT.toMillis());
    }

    private static double embeddedPostgresAloneMs(Path dir) throws IOException {
        long start = System.nanoTime();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start()) {
            assertThat(pg.getPort()).isPositive();
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private record Startup(double firstPageMs, double seedReadyMs) {
    }

    /**
     * Starts the application as {@code java -Xmx512m} would, polls the login page until it answers, then the seed
     * agreement through the API until it is there (the seed sheet is imported once the application has started).
     */
    private static Startup start(Path data, Path logFile) throws Exception {
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp",
                applicationClasspath(), AlmenmonitorApplication.class.getName(),
                "--server.port=" + port, "--almen.data-dir=" + data, "--almen.reminders.enabled=false")
                .redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().put("ALMEN_DEMO_PASSWORD", PASSWORD);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        String base = "http://127.0.0.1:" + port;
        HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(5)).build();
        HttpRequest agreement = HttpRequest.newBuilder(URI.create(base + "/api/v1/agreements/kk-bl1-2015-2018"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("laeser:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        Process app = builder.start();
        try {
            double firstPage = until(app, http, login, start, 50, logFile);
            double seedReady = until(app, http, agreement, start, 250, logFile);
            return new Startup(firstPage, seedReady);
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    /** Milliseconds from {@code start} until the request answers 200. */
    private static double until(Process app, HttpClient http, HttpRequest request, long start, long pauseMs,
                                Path logFile) throws Exception {
        while (System.nanoTime() - start < Duration.ofSeconds(120).toNanos()) {
            assertThat(app.isAlive()).as("the application is running, see " + logFile).isTrue();
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(pauseMs);
        }
        throw new AssertionError("No answer from " + request.uri() + " within 120 s, see " + logFile + ": "
                + List.of(Files.readString(logFile).lines().filter(l -> l.contains("ERROR")).limit(3).toArray()));
    }

    /**
     * The application's classpath without the test classes and resources (their application.properties would give it
     * a throw-away database on every start). Surefire hands the classpath over in a manifest-only jar.
     */
    private static String applicationClasspath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && Path.of(entry).getFileName().toString().startsWith("surefirebooter")) {
                try (JarFile booter = new JarFile(entry)) {
                    String classPath = booter.getManifest().getMainAttributes().getValue("Class-Path");
                    for (String url : classPath.trim().split("\\s+")) {
                        URI uri = Path.of(entry).getParent().toUri().resolve(url);
                        entries.add(Path.of(uri).toString());
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        return entries.stream().filter(e -> !e.replace('\\', '/').contains("/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
