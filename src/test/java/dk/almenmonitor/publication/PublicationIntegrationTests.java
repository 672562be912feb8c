package dk.almenmonitor.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public view over real HTTP: the secretariat publishes the agreement through the API, an anonymous client (no
 * credentials, no session) reads it. An open round's text must not appear anywhere under /offentlig.
 */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicationIntegrationTests {

    static final String AGREEMENT = "kk-bl1-2015-2018";
    static final String API = "/api/v1/agreements/" + AGREEMENT;
    static final String PUBLIC = "/offentlig/" + AGREEMENT;
    static final String SECRET = "Kun i den åbne runde: udkast til status 7f3q";

    @LocalServerPort
    int port;
    @Value("${almen.demo.password}")
    String password;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anApprovedRoundIsPublicAndNothingOfAnOpenRoundIs() throws Exception {
        List<String> everyPath = List.of(PUBLIC, PUBLIC + "/2017-Q1/bilag1.html", PUBLIC + "/2017-Q1/bilag1.pdf",
                PUBLIC + "/aabne-data.csv", PUBLIC + "/aabne-data.json");
        // Unpublished: every public address is the same 404 as an agreement that does not exist.
        String unknown = anonymous("/offentlig/findes-ikke").body();
        for (String path : everyPath) {
            HttpResponse<String> response = anonymous(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
        assertThat(anonymous(PUBLIC).body()).isEqualTo(unknown);
        assertThat(anonymous("/offentlig/" + "x".repeat(300)).statusCode()).isEqualTo(404);

        // An open round with a status text that exists only there.
        assertThat(asAdmin(post(API + "/rounds", "{\"period\":\"2017-Q2\",\"dueDate\":\"2017-06-15\"}")).statusCode())
                .isEqualTo(201);
        long goal = jdbc.sql("select s.goal_id from followup.status s join followup.round r on r.id = s.round_id "
                + "where r.period = '2017-Q1' and length(trim(s.status_text)) > 0 order by s.goal_id limit 1")
                .query(Long.class).single();
        String statusUrl = API + "/rounds/2017-Q2/statuses/" + goal;
        int version = json.readTree(asAdmin(HttpRequest.newBuilder(uri(statusUrl)).GET()).body()).path("version").asInt();
        assertThat(asAdmin(HttpRequest.newBuilder(uri(statusUrl)).header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"statusText\":\"" + SECRET + "\"}"))).statusCode())
                .isEqualTo(200);
        String approvedText = jdbc.sql("select s.status_text from followup.status s join followup.round r on r.id = s.round_id "
                + "where r.period = '2017-Q1' and s.goal_id = ?").param(goal).query(String.class).single();

        JsonNode published = json.readTree(asAdmin(put(API + "/publication", "{\"published\":true}")).body());
        assertThat(published.path("published").asBoolean()).isTrue();
        assertThat(published.path("url").asString()).isEqualTo(PUBLIC);
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'PUBLICATION_CHANGED' and actor = 'admin'"
                + " and subject = ?").param(AGREEMENT + "/publication").query(Long.class).single()).isEqualTo(1);

        HttpResponse<String> front = anonymous(PUBLIC);
        assertThat(front.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(front.body());
        assertThat(page.select("h1").text()).contains("Hovedaftale");
        assertThat(page.select("#summary-heading ~ div table tbody th").eachText()).contains("1. kvartal 2017")
                .doesNotContain("2. kvartal 2017");
        assertThat(page.select("article[data-goal-id=" + goal + "] .public-goal__status").text())
                .isEqualTo(approvedText.strip().replaceAll("\\s+", " "));
        assertThat(page.select(".public-goal__evaluation").eachText()).as("indicator evaluations")
                .anySatisfy(text -> assertThat(text).startsWith("Opfyldt inden for tolerancen: 19,9 %"));
        // No logged-in navigation, the accessibility statement in the footer, links only to public addresses.
        assertThat(page.select("nav.nav, form[action$=/logout]")).isEmpty();
        assertThat(page.select("footer a[href=/tilgaengelighed]")).hasSize(1);
        List<String> links = new ArrayList<>(page.select("a[href]").eachAttr("href"));
        assertThat(links).allSatisfy(href -> assertThat(href).matches("#indhold|/offentlig/" + AGREEMENT + "(/.*)?|/tilgaengelighed"));

        Document bilag1 = Jsoup.parse(anonymous(PUBLIC + "/2017-Q1/bilag1.html").body());
        assertThat(bilag1.select("table.table--bilag1")).hasSize(3);
        assertThat(bilag1.select("tr[data-goal-id=" + goal + "] td.bilag1__current").text()).isNotBlank();
        assertThat(bilag1.select("a[href]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).matches("#indhold|/offentlig/" + AGREEMENT + "(/.*)?|/tilgaengelighed"));
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(uri(PUBLIC + "/2017-Q1/bilag1.pdf")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // The open round: no Bilag 1, and its text nowhere, not in the open data either.
        assertThat(anonymous(PUBLIC + "/2017-Q2/bilag1.html").statusCode()).isEqualTo(404);
        assertThat(anonymous(PUBLIC + "/2017-Q2/bilag1.pdf").statusCode()).isEqualTo(404);
        assertThat(anonymous(PUBLIC + "/2017-Q9/bilag1.html").statusCode()).isEqualTo(404);
        String csv = anonymous(PUBLIC + "/aabne-data.csv").body();
        assertThat(csv).contains("2017-Q1").doesNotContain("2017-Q2");
        JsonNode data = json.readTree(anonymous(PUBLIC + "/aabne-data.json").body());
        assertThat(data.path("rounds").findValuesAsString("period")).containsExactly("2016-Q4", "2017-Q1");
        for (String path : List.of(PUBLIC, PUBLIC + "/2017-Q1/bilag1.html", PUBLIC + "/aabne-data.csv",
                PUBLIC + "/aabne-data.json")) {
            String body = anonymous(path).body();
            assertThat(body).as(path).doesNotContain(SECRET).doesNotContain("7f3q");
            // No accounts: the statuses' authors (updatedBy) and the demo users' names are never published.
            assertThat(body).as(path).doesNotContain("updatedBy").doesNotContain("Logget ind som");
        }
        // The logged-in secretariat sees the same public page, without its navigation.
        assertThat(Jsoup.parse(asAdmin(HttpRequest.newBuilder(uri(PUBLIC)).GET()).body()).select("nav.nav")).isEmpty();

        // Read-only: nothing but GET is let through anonymously.
        assertThat(http.send(HttpRequest.newBuilder(uri(PUBLIC)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isIn(302, 403);

        // Approved, the round is public; reopening the round before it takes that round out again, also from the
        // approved round's Bilag 1 ("previous quarter" column) and from the open data.
        for (String state : List.of("IN_REVIEW", "APPROVED")) {
            assertThat(asAdmin(post(API + "/rounds/2017-Q2/state", "{\"state\":\"" + state + "\"}")).statusCode())
                    .as(state).isEqualTo(200);
        }
        assertThat(anonymous(PUBLIC).body()).contains(SECRET);
        assertThat(Jsoup.parse(anonymous(PUBLIC + "/2017-Q2/bilag1.html").body())
                .select("tr[data-goal-id=" + goal + "] td").eachText()).contains(SECRET);
        assertThat(asAdmin(post(API + "/rounds/2017-Q1/state", "{\"state\":\"OPEN\",\"reason\":\"Rettelse\"}"))
                .statusCode()).isEqualTo(200);
        assertThat(anonymous(PUBLIC + "/2017-Q1/bilag1.html").statusCode()).isEqualTo(404);
        Document q2 = Jsoup.parse(anonymous(PUBLIC + "/2017-Q2/bilag1.html").body());
        assertThat(q2.select("thead th").eachText()).doesNotContain("Status - 1. kvartal 2017");
        assertThat(q2.select("tr[data-goal-id=" + goal + "] td").eachText()).doesNotContain(approvedText.strip().replaceAll("\\s+", " "));
        assertThat(json.readTree(anonymous(PUBLIC + "/aabne-data.json").body()).path("rounds").findValuesAsString("period"))
                .containsExactly("2016-Q4", "2017-Q2");

        // Withdrawn: the 404 again.
        assertThat(asAdmin(put(API + "/publication", "{\"published\":false}")).statusCode()).isEqualTo(200);
        for (String path : everyPath) {
            assertThat(anonymous(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void onlyTheSecretariatPublishes() throws Exception {
        for (String user : List.of("laeser", "sof", "data")) {
            assertThat(as(user, put(API + "/publication", "{\"published\":true}")).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(http.send(put(API + "/publication", "{\"published\":true}").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("no credentials, no CSRF token").isIn(401, 403);
        assertThat(asAdmin(put(API + "/publication", "{}")).statusCode()).isEqualTo(400);
        assertThat(asAdmin(put("/api/v1/agreements/findes-ikke/publication", "{\"published\":true}")).statusCode())
                .isEqualTo(404);
        JsonNode state = json.readTree(as("laeser", HttpRequest.newBuilder(uri(API + "/publication")).GET()).body());
        assertThat(state.path("published").asBoolean()).isFalse();
        assertThat(anonymous(PUBLIC).statusCode()).isEqualTo(404);
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder put(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> asAdmin(HttpRequest.Builder request) throws Exception {
        return as("admin", request);
    }

    private HttpResponse<String> as(String user, HttpRequest.Builder request) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + auth).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
