package dk.almenmonitor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 50 simultaneous saves of one status over real HTTP, all based on the same version: exactly one wins. */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentSaveIntegrationTests {

    @LocalServerPort
    int port;
    @Value("${almen.demo.password}")
    String password;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fiftyConcurrentSavesOfTheSameVersionLeaveExactlyOneWinner() throws Exception {
        String base = "http://127.0.0.1:" + port + "/api/v1/agreements/kk-bl1-2015-2018/rounds";
        HttpResponse<String> opened = send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"2021-Q1\",\"dueDate\":\"2021-03-15\"}")));
        assertThat(opened.statusCode()).isEqualTo(201);
        String url = base + "/2021-Q1/statuses/" + firstGoalId();
        HttpResponse<String> before = send(HttpRequest.newBuilder(URI.create(url)).GET());
        String etag = before.headers().firstValue("ETag").orElseThrow();
        int startVersion = Integer.parseInt(etag.replace("\"", ""));

        int writers = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String body = "{\"statusText\":\"Samtidig gemning nr. " + i + "\"}";
            results.add(pool.submit(() -> {
                start.await();
                return send(HttpRequest.newBuilder(URI.create(url)).header("If-Match", etag)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))).statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : results) {
            codes.add(f.get());
        }
        pool.shutdown();

        assertThat(codes.stream().filter(c -> c == 200).count()).isEqualTo(1);
        assertThat(codes).allMatch(c -> c == 200 || c == 412 || c == 409);
        HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"" + (startVersion + 1) + "\"");
    }

    private long firstGoalId() throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/agreements/kk-bl1-2015-2018")).GET()).body();
        int at = body.indexOf("\"goals\":[{\"id\":") + "\"goals\":[{\"id\":".length();
        return Long.parseLong(body.substring(at, body.indexOf(',', at)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + auth).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
