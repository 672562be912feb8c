package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * P3 (BENCHMARKS.md): Bilag 1 HTML of an approved round against serving the same bytes as a static resource from the
 * same application, in one run, over real HTTP with a logged-in browser session (form login, the session in the
 * database as in production). The driver is {@code java.net.http}: 20 connections, each sending its next request when
 * the previous answer is read, for a fixed time after a warm-up; latencies per request give p50/p99. Also an open
 * round's Bilag 1, the front page, the goal list and a revalidation of the approved page (If-None-Match → 304). Two
 * rounds over all paths; each path's better round counts, the reference's too.
 * Run with {@code ./mvnw -Pbench test -Dtest=PageThroughputBenchmarkTests}; figures go to the log and to
 * {@code target/bench/p3.txt}.
 */
@Tag("bench")
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Sessions in the database, as in production (the test configuration turns them off for MockMvc).
        "spring.autoconfigure.exclude=",
        // The reference: the page's own bytes as a file, served by the application's static resource handling (looked
        // up first, so that its requests do not also search the class path for it).
        "spring.web.resources.static-locations=file:target/bench/p3-static/,classpath:/static/",
        "almen.embedded-db.pool-size=10"})
class PageThroughputBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(PageThroughputBenchmarkTests.class);
    private static final String AGREEMENT = "kk-bl1-2015-2018";
    private static final int CONNECTIONS = 20;
    private static final Duration WARMUP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(10);
    private static final int ROUNDS = 2;
    private static final Path STATIC_DIR = Path.of("target/bench/p3-static");

    static {
        try {
            Files.createDirectories(STATIC_DIR.resolve("p3"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;
    @Value("${almen.demo.password}")
    String password;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).executor(Executors.newFixedThreadPool(4)).build();

    record Result(String name, long requests, long bytes, long errors, double seconds, long[] nanos) {
        double rate() {
            return requests / seconds;
        }

        double byteRate() {
            return bytes / seconds;
        }

        double percentileMs(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "%-34s %8.1f req/s %10.0f KB/s  p50 %7.1f ms  p99 %7.1f ms  %d requests, %d errors",
                    name, rate(), byteRate() / 1024, percentileMs(50), percentileMs(99), requests, errors);
        }
    }

    @Test
    void approvedBilag1AgainstTheSameBytesServedStatically() throws Exception {
        String cookie = login("laeser");
        String approved = "/reports/" + AGREEMENT + "/2017-Q1/bilag1.html";
        HttpResponse<byte[]> page = get(approved, cookie, null);
        assertThat(page.statusCode()).isEqualTo(200);
        Files.write(STATIC_DIR.resolve("p3/bilag1.html"), page.body());
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/p3/bilag1.html", cookie, null).body()).hasSameSizeAs(page.body());

        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(uri("/api/v1/agreements/" + AGREEMENT + "/rounds"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"2017-Q2\",\"dueDate\":\"2017-06-15\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(201);
        String open = "/reports/" + AGREEMENT + "/2017-Q2/bilag1.html";
        int openSize = get(open, cookie, null).body().length;

        record Target(String name, String path, String ifNoneMatch) {
        }
        List<Target> targets = List.of(
                new Target("static file, same bytes", "/p3/bilag1.html", null),
                new Target("Bilag 1, approved round", approved, null),
                new Target("Bilag 1, open round", open, null),
                new Target("Bilag 1, approved, If-None-Match", approved, etag),
                new Target("front page (/aftaler/{id})", "/aftaler/" + AGREEMENT, null),
                new Target("goal list (/aftaler/{id}/maal)", "/aftaler/" + AGREEMENT + "/maal", null));
        String only = System.getProperty("p3.only"); // for profiling one path: the reference and the paths named so
        if (only != null) {
            targets = targets.stream().filter(t -> t.path().startsWith("/p3/") || t.name().contains(only)).toList();
        }
        // Every path warm before any is measured (the JIT compiles the shared filter chain once for all), then two
        // rounds over all of them; each path's better round counts (the machine is shared: a round can be unlucky).
        for (Target t : targets) {
            drive(t.path(), cookie, t.ifNoneMatch(), WARMUP);
        }
        List<Result> results = new ArrayList<>();
        java.util.Map<String, Result> best = new java.util.LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (Target t : targets) {
                Result r = run(t.name() + " (" + round + ")", t.path(), cookie, t.ifNoneMatch());
                results.add(r);
                best.merge(t.name(), r, (a, b) -> b.rate() > a.rate() ? b : a);
            }
        }
        if (only != null) {
            return; // a profiling run: the lines above are in the log
        }
        Result reference = best.get(targets.get(0).name());
        Result approvedRun = best.get(targets.get(1).name());
        Result openRun = best.get(targets.get(2).name());
        double staticBytes = reference.byteRate();
        double approvedRatio = approvedRun.byteRate() / staticBytes;
        double openRatio = openRun.byteRate() / staticBytes;
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "P3, %d connections, logged-in session (JDBC), %d s warm-up of every path, then 2 rounds of %d s each; approved page %d bytes,"
                        + " open page %d bytes; nproc %d, load average %.1f%n",
                CONNECTIONS, WARMUP.toSeconds(), MEASURE.toSeconds(), page.body().length, openSize,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        results.forEach(r -> report.append("  ").append(r.line()).append('\n'));
        report.append("  best round of each:\n");
        best.values().forEach(r -> report.append("  ").append(r.line()).append('\n'));
        report.append(String.format(Locale.ROOT, "  byte rate approved / static: %.2f (target >= 0.5)%n", approvedRatio));
        report.append(String.format(Locale.ROOT, "  byte rate open / static:     %.2f (target >= 0.1)%n", openRatio));
        log.info("\n{}", report);
        Files.writeString(Path.of("target/bench/p3.txt"), report, StandardCharsets.UTF_8);

        assertThat(results).allSatisfy(r -> assertThat(r.errors()).as(r.name()).isZero());
        assertThat(approvedRatio).as("approved / static byte rate").isGreaterThanOrEqualTo(0.5);
        assertThat(openRatio).as("open / static byte rate").isGreaterThanOrEqualTo(0.1);
    }

    private Result run(String name, String path, String cookie, String ifNoneMatch) throws Exception {
        List<long[]> perConnection = drive(path, cookie, ifNoneMatch, MEASURE);
        long requests = 0;
        long bytes = 0;
        long errors = 0;
        List<Long> all = new ArrayList<>();
        for (long[] c : perConnection) {
            requests += c[0];
            bytes += c[1];
            errors += c[2];
            for (int i = 3; i < c.length; i++) {
                all.add(c[i]);
            }
        }
        long[] nanos = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(nanos);
        Result result = new Result(name, requests, bytes, errors, MEASURE.toNanos() / 1e9, nanos);
        log.info(result.line());
        return result;
    }

    /** Per connection: requests, bytes, errors, then each request's latency in nanoseconds. */
    private List<long[]> drive(String path, String cookie, String ifNoneMatch, Duration duration) throws Exception {
        int expected = ifNoneMatch == null ? 200 : 304;
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            long end = System.nanoTime() + duration.toNanos();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int n = 0;
                    long bytes = 0;
                    long errors = 0;
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = get(path, cookie, ifNoneMatch);
                            if (response.statusCode() != expected) {
                                errors++;
                            }
                            bytes += response.body().length;
                        } catch (IOException e) {
                            errors++;
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - start;
                    }
                    long[] out = new long[3 + n];
                    out[0] = n;
                    out[1] = bytes;
                    out[2] = errors;
                    System.arraycopy(latencies, 0, out, 3, n);
                    return out;
                }));
            }
            List<long[]> results = new ArrayList<>();
            for (Future<long[]> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<byte[]> get(String path, String cookie, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).header("Accept", "text/html");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Form login as a browser does it; the session cookie ("SESSION=…"). */
    private String login(String username) throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String first = cookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login")).header("Cookie", first)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return cookie(login);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
