package dk.almenmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A refusal with a Danish reason (identity's {@code Refusal}) over real HTTP, negotiated like every other error: the
 * Danish page only for a client that asks for {@code text/html}; a client that sends no {@code Accept} header (curl,
 * scripts) gets the 403 problem+json, on {@code /api/**} and on a page alike. Each refusal is audited once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RefusalNegotiationIntegrationTests.RefusingApi.class)
// A context of its own (the probe endpoint); closed afterwards so that its connection pool does not count against the
// embedded database's connection limit while the later test classes run.
@DirtiesContext
class RefusalNegotiationIntegrationTests {

    /** An API endpoint with the message-code form of the rule, which no production API endpoint uses yet. */
    @TestComponent
    @RestController
    static class RefusingApi {

        static final String PATH = "/api/v1/test-only/refusal";

        @PreAuthorize("@access.admin('reminder.outbox.forbidden')")
        @GetMapping(PATH)
        String refused() {
            return "never";
        }
    }

    private static final String REASON = "Kun sekretariatet kan se udbakken.";

    @LocalServerPort
    int port;
    @Value("${almen.demo.password}")
    String password;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anApiClientWithoutAcceptGetsTheProblemJsonNotThePage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long mark = lastAuditId();

        HttpResponse<String> bare = http.send(basic(RefusingApi.PATH).GET().build(), utf8());

        assertThat(bare.request().headers().firstValue("Accept")).isEmpty();
        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(bare.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(bare.body()).contains("\"status\":403").doesNotContain("<html");
        assertThat(deniedSince(mark, "tmf")).isEqualTo(1);

        HttpResponse<String> json = http.send(basic(RefusingApi.PATH).header("Accept", "application/json").GET().build(),
                utf8());
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aBrowserGetsTheDanishPageAndAClientWithoutAcceptTheProblemJsonOnTheSamePage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        logIn(browser, "tmf");
        long mark = lastAuditId();

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/udbakke"))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build(), utf8());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains(REASON);
        assertThat(deniedSince(mark, "tmf")).isEqualTo(1);

        HttpResponse<String> bare = browser.send(HttpRequest.newBuilder(uri("/udbakke")).GET().build(), utf8());

        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(bare.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(bare.body()).contains("\"status\":403").doesNotContain("<html");
        assertThat(deniedSince(mark, "tmf")).isEqualTo(2);
    }

    private void logIn(HttpClient browser, String username) throws Exception {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html")
                .GET().build(), utf8());
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String body = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), utf8());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit.audit_event").query(Long.class).single();
    }

    private long deniedSince(long mark, String actor) {
        return jdbc.sql("select count(*) from audit.audit_event where id > ? and action = 'AUTHORIZATION_DENIED' and actor = ?")
                .param(mark).param(actor).query(Long.class).single();
    }

    private HttpRequest.Builder basic(String path) {
        String credentials = Base64.getEncoder().encodeToString(("tmf:" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
