package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14: the external database stops while the application runs (docs/operations.md "Database outage"). A page
 * request with a session cookie (Spring Session JDBC on, as in production, so the session lookup itself fails) gets the
 * Danish "prøv igen om lidt" page with 503 and {@code Retry-After}, an API call 503 problem+json, health and readiness
 * say DOWN, liveness stays UP; once the server is started again the same running application answers the page (with
 * the same session) and the API with 200 and health is UP, without a restart.
 *
 * <p>Real HTTP against the application on the external test server ({@link ExternalPostgres}); skipped without the
 * server binaries unless {@code ALMEN_EXTERNAL_PG_REQUIRED=1}. A request that hangs instead of answering fails on the
 * client's timeout (well under the 40 s a page used to hang).
 */
class DatabaseOutageIntegrationTests {

    private static final String PASSWORD = "demo-test-password";
    private static final Duration HANG = Duration.ofSeconds(20);
    private static ExternalPostgres server;
    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void startOnTheExternalServer() {
        server = ExternalPostgres.requireOrSkip();
        String database = server.createDatabase("outage");
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                // Command-line arguments outrank the test configuration, which turns JDBC sessions off for MockMvc.
                "--spring.autoconfigure.exclude=", "--almen.demo.password=" + PASSWORD));
        server.applicationProperties(database).forEach((key, value) -> args.add("--" + key + "=" + value));
        app = new SpringApplicationBuilder(AlmenmonitorApplication.class).run(args.toArray(String[]::new));
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anOutageIsAnsweredPromptlyWith503AndTheApplicationRecoversWithoutARestart() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(HANG).build();
        // A load balancer's probe: no cookies.
        HttpClient probe = HttpClient.newBuilder().connectTimeout(HANG).build();
        logIn(browser);
        assertThat(page(browser).statusCode()).isEqualTo(200);
        assertThat(api(browser).statusCode()).isEqualTo(200);
        assertThat(get(probe, "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);

        HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(HANG).build();
        String strangersToken = csrfToken(get(stranger, "/login", "text/html").body());

        server.stop();
        try {
            HttpResponse<String> page = page(browser);
            assertThat(page.statusCode()).as("a page with a session cookie while the database is down").isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(page.body()).contains("Systemet er midlertidigt utilgængeligt").contains("Prøv igen om lidt.")
                    .contains("Systemet kan ikke nå sin database lige nu.").doesNotContain("Exception");
            // the page keeps its look: its style sheet is served without a session lookup
            assertThat(page.body()).contains("/css/app.css");
            assertThat(get(browser, "/css/app.css", "text/css,*/*;q=0.1").statusCode()).isEqualTo(200);

            HttpResponse<String> api = api(browser);
            assertThat(api.statusCode()).as("an API call with HTTP Basic while the database is down").isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(api.body()).contains("\"status\":503").contains("Prøv igen om lidt.");

            HttpResponse<String> health = get(probe, "/actuator/health", "application/json");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");
            HttpResponse<String> readiness = get(probe, "/actuator/health/readiness", "application/json");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(get(probe, "/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);

            // Someone who opened the login page before the outage and logs in now is told to come back, not that the
            // password is wrong.
            HttpResponse<String> login = send(stranger, HttpRequest.newBuilder(URI.create(base + "/login")).timeout(HANG)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf="
                            + URLEncoder.encode(strangersToken, StandardCharsets.UTF_8))).build());
            assertThat(login.statusCode()).as("a login while the database is down").isEqualTo(503);
            assertThat(login.body()).contains("Prøv igen om lidt.").doesNotContain("forkert");
            assertThat(login.headers().firstValue("Location")).as("no redirect to ?error").isEmpty();
        } finally {
            server.start();
        }

        // Back: the pool replaces its dead connections on the next requests; no restart of the application.
        waitUntilReady(probe);
        HttpResponse<String> page = page(browser);
        assertThat(page.statusCode()).as("the page, with the session from before the outage").isEqualTo(200);
        assertThat(page.body()).contains("Hovedaftale");
        assertThat(api(browser).statusCode()).isEqualTo(200);
        assertThat(get(probe, "/actuator/health", "application/json").body()).contains("\"status\":\"UP\"");
    }

    private static void logIn(HttpClient browser) throws Exception {
        String token = csrfToken(get(browser, "/login", "text/html").body());
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(URI.create(base + "/login")).timeout(HANG)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))).build());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/"));
    }

    private static String csrfToken(String loginPage) {
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        return csrf.group(1);
    }

    private static HttpResponse<String> page(HttpClient browser) throws Exception {
        return get(browser, "/aftaler/kk-bl1-2015-2018", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    /** An integration's call: HTTP Basic, JSON, no session. */
    private static HttpResponse<String> api(HttpClient browser) throws Exception {
        return send(browser, HttpRequest.newBuilder(URI.create(base + "/api/v1/agreements/kk-bl1-2015-2018/rounds"))
                .timeout(HANG).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build());
    }

    private static void waitUntilReady(HttpClient probe) throws Exception {
        for (int i = 0; i < 60; i++) {
            if (get(probe, "/actuator/health/readiness", "application/json").statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("readiness did not return to UP after the database started again");
    }

    private static HttpResponse<String> get(HttpClient client, String path, String accept) throws Exception {
        return send(client, HttpRequest.newBuilder(URI.create(base + path)).timeout(HANG).header("Accept", accept)
                .GET().build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
