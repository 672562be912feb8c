package dk.almenmonitor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * P5 (BENCHMARKS.md), the deadline burst: 60 owners save 5 statuses each, all at once, over real HTTP as integrations and
 * the status form do (read the status and its version, save with {@code If-Match}). Every save must either land or be
 * refused as stale (412, the conflict the user then resolves); no error, and no update lost: per goal the number of
 * landed saves equals the versions it moved on, and the text it ends with is the one saved last. Latencies are
 * reported against the same 60 × 5 requests reading a status, measured in the same run. Run with
 * {@code ./mvnw -Pbench verify}; figures go to the log and to {@code target/bench/deadline.txt} (BENCHMARKS.md).
 */
@Tag("bench")
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlineBurstBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(DeadlineBurstBenchmarkTests.class);
    private static final String AGREEMENT = "kk-bl1-2015-2018";
    private static final String PERIOD = "2017-Q2";
    private static final int OWNERS = 60;
    private static final int SAVES_EACH = 5;

    @LocalServerPort
    int port;
    @Value("${almen.demo.password}")
    String password;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    private record Save(long goalId, int status, long nanos, String text, int version) {
    }

    @Test
    void sixtyOwnersSavingAtOnceLoseNothing() throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/agreements/" + AGREEMENT + "/rounds"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + PERIOD + "\",\"dueDate\":\"2017-06-15\"}")),
                admin).statusCode()).isEqualTo(201);
        Map<String, List<Long>> goalsByOwner = goalsByOwner(admin);
        List<String> organisations = new ArrayList<>(goalsByOwner.keySet());
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (String organisation : organisations) {
            tokens.put(organisation, createToken(organisation, admin));
        }
        Map<Long, Integer> startVersions = new ConcurrentHashMap<>();
        for (List<Long> goals : goalsByOwner.values()) {
            for (long goal : goals) {
                startVersions.putIfAbsent(goal, version(read(goal, admin)));
            }
        }

        Step reading = (owner, save) -> {
            String organisation = organisations.get(owner % organisations.size());
            List<Long> goals = goalsByOwner.get(organisation);
            long start = System.nanoTime();
            HttpResponse<String> r = read(goals.get((owner + save) % goals.size()), "Bearer " + tokens.get(organisation));
            assertThat(r.statusCode()).isEqualTo(200);
            return new Save(0, 200, System.nanoTime() - start, null, 0);
        };
        burst(reading); // warm-up: the first burst of a fresh application also measures its JIT
        List<Long> reads = burst(reading).stream().map(Save::nanos).toList();

        List<Save> saves = burst((owner, save) -> {
            String organisation = organisations.get(owner % organisations.size());
            String bearer = "Bearer " + tokens.get(organisation);
            List<Long> goals = goalsByOwner.get(organisation);
            long goal = goals.get((owner + save) % goals.size());
            String text = "Status fra ejer " + owner + ", gemning " + save + " (" + organisation + ")";
            long start = System.nanoTime();
            HttpResponse<String> current = read(goal, bearer);
            HttpResponse<String> put = send(HttpRequest.newBuilder(uri(statusPath(goal)))
                    .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"statusText\":\"" + text + "\"}")), bearer);
            long took = System.nanoTime() - start;
            int version = put.statusCode() == 200 ? version(put) : 0;
            return new Save(goal, put.statusCode(), took, text, version);
        });

        long landed = saves.stream().filter(s -> s.status() == 200).count();
        long stale = saves.stream().filter(s -> s.status() == 412).count();
        List<Save> errors = saves.stream().filter(s -> s.status() != 200 && s.status() != 412).toList();
        int lost = 0;
        for (long goal : new TreeSet<>(saves.stream().map(Save::goalId).toList())) {
            List<Save> won = saves.stream().filter(s -> s.goalId() == goal && s.status() == 200).toList();
            HttpResponse<String> after = read(goal, admin);
            int moved = version(after) - startVersions.get(goal);
            String lastText = won.stream().max((a, b) -> Integer.compare(a.version(), b.version())).map(Save::text)
                    .orElse(null);
            String finalText = json.readTree(after.body()).path("statusText").asString();
            if (moved != won.size() || (lastText != null && !lastText.equals(finalText))) {
                lost++;
            }
        }

        double readP50 = percentile(reads, 50);
        double readP99 = percentile(reads, 99);
        double saveP50 = percentile(saves.stream().map(Save::nanos).toList(), 50);
        double saveP99 = percentile(saves.stream().map(Save::nanos).toList(), 99);
        String report = String.format(Locale.ROOT, """
                Deadline burst, round %s: %d owners (API tokens of %d organisations) x %d saves, all at once over HTTP.
                  saves: %d landed, %d refused as stale (412), %d errors; goals with a lost update: %d
                  save (read + PUT with If-Match): p50 %.1f ms, p99 %.1f ms
                  reference, the same %d reads of a status at once: p50 %.1f ms, p99 %.1f ms
                  ratio save p99 / read p99: %.1fx
                """, PERIOD, OWNERS, organisations.size(), SAVES_EACH, landed, stale, errors.size(), lost,
                saveP50, saveP99, OWNERS * SAVES_EACH, readP50, readP99, saveP99 / readP99);
        log.info("\n{}", report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/deadline.txt"), report, StandardCharsets.UTF_8);

        assertThat(errors).as("errors").isEmpty();
        assertThat(lost).as("goals with a lost update").isZero();
        assertThat(landed).isPositive();
        assertThat(landed + stale).isEqualTo((long) OWNERS * SAVES_EACH);
    }

    private interface Step {
        Save run(int owner, int save) throws Exception;
    }

    /** Every owner's five steps, one after another per owner, all owners at once. */
    private List<Save> burst(Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(OWNERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger done = new AtomicInteger();
            List<Future<List<Save>>> owners = new ArrayList<>();
            for (int owner = 0; owner < OWNERS; owner++) {
                int o = owner;
                owners.add(pool.submit(() -> {
                    start.await();
                    List<Save> mine = new ArrayList<>();
                    for (int save = 0; save < SAVES_EACH; save++) {
                        mine.add(step.run(o, save));
                        done.incrementAndGet();
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Save> all = new ArrayList<>();
            for (Future<List<Save>> owner : owners) {
                all.addAll(owner.get());
            }
            assertThat(done.get()).isEqualTo(OWNERS * SAVES_EACH);
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The goals each organisation may edit alone (not KK's, which are the secretariat's), by organisation code. */
    private Map<String, List<Long>> goalsByOwner(String admin) throws Exception {
        JsonNode agreement = json.readTree(send(HttpRequest.newBuilder(uri("/api/v1/agreements/" + AGREEMENT)).GET(),
                admin).body());
        Map<String, List<Long>> byOwner = new java.util.TreeMap<>();
        for (JsonNode goal : agreement.path("goals")) {
            for (JsonNode owner : goal.path("owners")) {
                if (!owner.asString().equals("KK")) {
                    byOwner.computeIfAbsent(owner.asString(), o -> new ArrayList<>()).add(goal.path("id").asLong());
                }
            }
        }
        return byOwner;
    }

    private String createToken(String organisation, String admin) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"P5 " + organisation
                        + "\",\"role\":\"EDITOR\",\"organisations\":[\"" + organisation + "\"]}")), admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("token").asString();
    }

    private HttpResponse<String> read(long goal, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(uri(statusPath(goal))).GET(), authorization);
    }

    private static String statusPath(long goal) {
        return "/api/v1/agreements/" + AGREEMENT + "/rounds/" + PERIOD + "/statuses/" + goal;
    }

    private static int version(HttpResponse<String> response) {
        return Integer.parseInt(response.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String authorization) throws Exception {
        return http.send(request.header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
