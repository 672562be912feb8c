package dk.almenmonitor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.almenmonitor.AlmenmonitorApplication;

/**
 * Two application instances on one database share browser sessions (docs/operations.md, several instances): a user logs in on
 * instance A and is logged in on instance B; logging out on B ends the session on A. Real HTTP against two servers
 * with Spring Session JDBC switched on, as in production.
 */
class SharedSessionIntegrationTests {

    private static final String PASSWORD = "demo-test-password";
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        String database = "t_shared_" + UUID.randomUUID().toString().replace("-", "");
        first = start(database);
        second = start(database);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        // Command-line arguments outrank the test configuration, which turns JDBC sessions off for MockMvc tests.
        return new SpringApplicationBuilder(AlmenmonitorApplication.class).run("--server.port=0",
                "--spring.autoconfigure.exclude=", "--almen.embedded-db.database=" + database,
                "--spring.main.banner-mode=off");
    }

    @Test
    void sessionCreatedOnOneInstanceIsAcceptedByTheOtherAndLogoutEndsItEverywhere() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String a = base(first);
        String b = base(second);

        String loginPage = send(browser, HttpRequest.newBuilder(URI.create(a + "/login")).GET().build()).body();
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(URI.create(a + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=tmf&password=" + PASSWORD + "&_csrf="
                        + URLEncoder.encode(csrf(loginPage), StandardCharsets.UTF_8))).build());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/"));
        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("SameSite=Lax"));
        assertThat(count(first, "select count(*) from identity.spring_session where principal_name = 'tmf'")).isEqualTo(1);

        HttpResponse<String> meOnB = send(browser, HttpRequest.newBuilder(URI.create(b + "/api/v1/me")).GET().build());
        assertThat(meOnB.statusCode()).isEqualTo(200);
        assertThat(meOnB.body()).contains("\"username\":\"tmf\"");

        String front = send(browser, HttpRequest.newBuilder(URI.create(b + "/aftaler/kk-bl1-2015-2018")).GET().build()).body();
        HttpResponse<String> logout = send(browser, HttpRequest.newBuilder(URI.create(b + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf(front), StandardCharsets.UTF_8)))
                .build());
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login?logout"));

        cookies.getCookieStore().add(URI.create(a), session); // a stolen copy of the old cookie does not help
        HttpResponse<String> meOnA = send(browser, HttpRequest.newBuilder(URI.create(a + "/api/v1/me")).GET().build());
        assertThat(meOnA.statusCode()).isEqualTo(401);
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    private static long count(ConfigurableApplicationContext context, String sql) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql(sql).query(Long.class).single();
    }

    private static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("CSRF token in page").isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
