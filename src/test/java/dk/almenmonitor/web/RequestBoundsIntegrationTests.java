package dk.almenmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile requests at the HTTP edge, over real HTTP against the embedded Tomcat (issue 9): bodies over the limit with
 * and without a declared length, JSON strings over Jackson's bound or with a NUL, NUL in the address or a form field,
 * paging far beyond the end, oversized headers and {@code /error} opened directly. Each gets a Danish 4xx, and the
 * application keeps answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestBoundsIntegrationTests {

    private static final String STATUS = "/api/v1/agreements/kk-bl1-2015-2018/rounds/2017-Q1/statuses/1";

    @LocalServerPort
    int port;
    @Value("${almen.demo.password}")
    String password;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aJsonBodyOverOneMegabyteIsRefusedWith413BeforeItIsRead() throws Exception {
        String body = "{\"statusText\":\"" + "a".repeat(60_000) + "\"," + "\"x\":\"" + "b".repeat(1_100_000) + "\"}";

        HttpResponse<String> response = send(json(STATUS).PUT(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Forespørgslen er for stor; grænsen er 1 MB").contains("\"status\":413");
        assertStillAnswering();
    }

    @Test
    void aChunkedBodyIsCountedWhileReadAndRefusedWith413() throws Exception {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 30; i++) {
            body.append("\"a").append(i).append("\":\"").append("a".repeat(50_000)).append("\",");
        }
        body.append("\"statusText\":\"x\"}");
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);

        // A publisher of unknown length makes the client send the body chunked, without Content-Length.
        HttpResponse<String> response = send(json(STATUS).PUT(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(bytes))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("grænsen er 1 MB");
        assertStillAnswering();
    }

    @Test
    void aJsonStringOverTheStringBoundIs400NamingTheBound() throws Exception {
        HttpResponse<String> response = send(json(STATUS).PUT(HttpRequest.BodyPublishers.ofString(
                "{\"statusText\":\"" + "a".repeat(100_001) + "\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("længere end 100.000 tegn").contains("\"title\":\"Forespørgslen kunne ikke behandles\"");
    }

    @Test
    void aNulCharacterInAJsonStringIs400() throws Exception {
        HttpResponse<String> response = send(json("/api/v1/tokens").POST(HttpRequest.BodyPublishers.ofString(
                "{\"name\":\"a\\u0000b\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("NUL-tegn (U+0000) i en JSON-tekst");
    }

    @Test
    void aNulCharacterInAFormFieldOrTheQueryIs400BeforeLoginOrSearch() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=adm%00in&password=x")).build(), utf8());
        HttpResponse<String> search = send(HttpRequest.newBuilder(uri("/api/v1/audit?actor=%00")).GET());

        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(login.body()).contains("NUL-tegn").contains("feltet „username“");
        assertThat(search.statusCode()).isEqualTo(400);
        assertThat(search.body()).contains("NUL-tegn (U+0000) i adressen");
        assertStillAnswering();
    }

    @Test
    void tomcatsOwnRefusalsCarryTheSecurityHeadersAndADanishPage() throws Exception {
        HttpResponse<String> nulPath = http.send(HttpRequest.newBuilder(uri("/%00")).GET().build(), utf8());

        assertThat(nulPath.statusCode()).isEqualTo(400);
        assertThat(nulPath.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(nulPath.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(nulPath.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(nulPath.body()).contains("lang=\"da\"").contains("Forespørgslen kunne ikke behandles")
                .doesNotContain("Tomcat").doesNotContain("Invalid");
        assertStillAnswering();
    }

    @Test
    void theErrorPathOpenedDirectlyIsAPageThatDoesNotExist() throws Exception {
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri("/error"))
                .header("Accept", "application/json").GET().build(), utf8());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/error"))
                .header("Accept", "text/html").GET().build(), utf8());

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"title\":\"Siden findes ikke\"");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Siden findes ikke");
    }

    @Test
    void auditPagingFarBeyondTheEndIs400NotAnOverflow() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/audit?page=2147483647")).GET());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("højst 10.000 sider");
    }

    @Test
    void uploadsTheContainerCannotReadAreRefusedWithTheirReasonNot500() throws Exception {
        HttpResponse<String> nulName = multipart("/login", part("file", "a\u0000b.csv", "x"));
        HttpResponse<String> bigField = multipart("/api/v1/imports/agreement-sheet",
                part("agreementId", null, "a".repeat(2_000_000)) + part("file", "x.csv", "x"));
        HttpResponse<String> longName = multipart("/api/v1/imports/agreement-sheet", part("file", "a".repeat(5000), "x"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            many.append(part("f" + i, null, "x"));
        }
        HttpResponse<String> manyParts = multipart("/api/v1/imports/agreement-sheet", many.toString());

        assertThat(nulName.statusCode()).isEqualTo(400);
        assertThat(nulName.body()).contains("Filnavnet indeholder et tegn");
        assertThat(nulName.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(bigField.statusCode()).isEqualTo(413);
        assertThat(bigField.body()).contains("et formularfelt må højst fylde 1 MB");
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(longName.body()).contains("Et filnavn eller en feltoverskrift");
        assertThat(manyParts.statusCode()).isEqualTo(400);
        assertThat(manyParts.body()).contains("for mange dele");
        assertStillAnswering();
    }

    @Test
    void anUndecodableQueryIs400WithTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login?x=%FF"))
                .header("Accept", "text/html").GET().build(), utf8());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("ugyldig %-kode");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void springsOwnRequestErrorsAreAnsweredInDanish() throws Exception {
        HttpResponse<String> badNumber = send(HttpRequest.newBuilder(uri("/api/v1/audit?page=abc")).GET());
        HttpResponse<String> noName = send(json("/api/v1/tokens").POST(HttpRequest.BodyPublishers.ofString(
                "{\"role\":\"READER\"}")));
        HttpResponse<String> plainText = send(HttpRequest.newBuilder(uri(STATUS)).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
        HttpResponse<String> noFile = multipart("/api/v1/imports/agreement-sheet", part("x", null, "y"));
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/v1/findes-ikke")).GET());
        HttpResponse<String> garbageVersion = send(HttpRequest.newBuilder(uri(STATUS)).header("Content-Type", "application/json")
                .header("If-Match", "abc").PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(badNumber.body()).contains("Værdien af „page“ har ikke den rigtige form");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("Indholdet er ugyldigt").contains("skal udfyldes");
        assertThat(plainText.statusCode()).isEqualTo(415);
        assertThat(plainText.body()).contains("Indholdstypen understøttes ikke");
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("Delen „file“ mangler");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Adressen findes ikke");
        assertThat(garbageVersion.statusCode()).isEqualTo(400);
        assertThat(garbageVersion.body()).contains("If-Match skal være statussens version");
        for (HttpResponse<String> response : java.util.List.of(badNumber, noName, plainText, noFile, unknown)) {
            assertThat(response.body()).doesNotContain("Failed", "Invalid", "not supported", "Required", "No static");
        }
    }

    @Test
    void aJsonValueOfTheWrongTypeNamesItsFieldAndTheTypeItMustHave() throws Exception {
        HttpResponse<String> textForNumber = send(json("/api/v1/areas/x/goals/y").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"kind\":\"HALVE_GAP\",\"dueYear\":\"abc\"}")));
        HttpResponse<String> objectForText = send(json("/api/v1/agreements").POST(HttpRequest.BodyPublishers.ofString(
                "{\"id\":\"x\",\"themes\":[{\"number\":\"1\"},{\"number\":\"2\"},{\"number\":{\"a\":1}}]}")));
        HttpResponse<String> hugeValue = send(json("/api/v1/areas/x/goals/y").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"kind\":\"" + "x".repeat(50_000) + "\"}")));
        HttpResponse<String> unknownKind = send(json("/api/v1/areas/x/goals/y").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"kind\":\"HALF\"}")));

        assertThat(textForNumber.statusCode()).isEqualTo(400);
        assertThat(textForNumber.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(textForNumber.body()).contains("Feltet „dueYear“ i forespørgslens indhold skal være et heltal")
                .contains("„abc“").contains("\"field\":\"dueYear\"");
        assertThat(objectForText.statusCode()).isEqualTo(400);
        assertThat(objectForText.body()).contains("Feltet „themes[2].number“").contains("en tekst");
        assertThat(hugeValue.statusCode()).isEqualTo(400);
        assertThat(hugeValue.body()).contains("Feltet „kind“").contains("…").doesNotContain("x".repeat(41));
        assertThat(hugeValue.body().length()).isLessThan(1_000);
        assertThat(unknownKind.statusCode()).isEqualTo(400);
        assertThat(unknownKind.body()).contains("Feltet „kind“").contains("TARGET_VALUE, HALVE_GAP").contains("„HALF“");
        for (HttpResponse<String> response : java.util.List.of(textForNumber, objectForText, hugeValue, unknownKind)) {
            assertThat(response.body()).doesNotContain("kan ikke læses", "Cannot", "java.");
        }
        assertStillAnswering();
    }

    @Test
    void aNumberOrATextIsNoBoolean() throws Exception {
        String publication = "/api/v1/agreements/kk-bl1-2015-2018/publication";
        HttpResponse<String> number = send(json(publication).PUT(HttpRequest.BodyPublishers.ofString("{\"published\":1}")));
        HttpResponse<String> text = send(json(publication).PUT(HttpRequest.BodyPublishers.ofString("{\"published\":\"true\"}")));

        assertThat(number.statusCode()).isEqualTo(400);
        assertThat(number.body()).contains("Feltet „published“").contains("true eller false").contains("\"field\":\"published\"");
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("Feltet „published“").contains("true eller false");
        HttpResponse<String> state = send(HttpRequest.newBuilder(uri(publication)).GET());
        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(state.body()).contains("\"published\":false");
    }

    @Test
    void addressesTheFirewallRefusesAreADanish400WithTheSecurityHeaders() throws Exception {
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/agreements/a%2Fb"))
                .header("Accept", "application/json").GET());
        HttpResponse<String> semicolon = send(HttpRequest.newBuilder(uri("/api/v1/agreements;x=1"))
                .header("Accept", "application/json").GET());
        HttpResponse<String> backslash = send(HttpRequest.newBuilder(uri("/api/v1/agreements/a%5Cb"))
                .header("Accept", "application/json").GET());
        HttpResponse<String> doubleSlash = send(HttpRequest.newBuilder(uri("/api/v1//agreements"))
                .header("Accept", "application/json").GET());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/aftaler/a%2Fb"))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8").GET().build(), utf8());

        for (HttpResponse<String> response : java.util.List.of(api, semicolon, backslash, doubleSlash, page)) {
            String what = response.uri().toString();
            assertThat(response.statusCode()).as(what).isEqualTo(400);
            assertThat(response.body()).as(what).contains("Adressen indeholder tegn eller dele, som ikke accepteres")
                    .doesNotContain("RequestRejected", "firewall", "normalized");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).hasValue(ErrorResponseHeaders.PAGE_CSP);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        }
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":400").contains("\"title\":\"Forespørgslen kunne ikke behandles\"");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("lang=\"da\"").contains("Fejlkode 400");
        assertStillAnswering();
    }

    /**
     * Issue 14 item 6: the errors the container dispatches to {@code /error} over real HTTP (MockMvc never does) carry
     * the same security headers as every other answer: the 404 page, the 404 and 405 problem, the 403 of a POST
     * without CSRF token, a 401 problem.
     */
    @Test
    void errorDispatchesCarryTheSecurityHeaders() throws Exception {
        String html = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
        java.util.Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("404 page", http.send(HttpRequest.newBuilder(uri("/offentlig/no-such-agreement")).header("Accept", html)
                .GET().build(), utf8()));
        answers.put("404 problem", send(HttpRequest.newBuilder(uri("/api/v1/no-such-endpoint")).GET()));
        answers.put("405 problem", send(HttpRequest.newBuilder(uri("/api/v1/me")).DELETE()));
        answers.put("403 page without CSRF token", http.send(HttpRequest.newBuilder(uri("/login")).header("Accept", html)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x")).build(), utf8()));
        answers.put("401 problem", http.send(HttpRequest.newBuilder(uri("/api/v1/me")).GET().build(), utf8()));
        for (var answer : answers.entrySet()) {
            HttpResponse<String> response = answer.getValue();
            String what = answer.getKey() + " (" + response.statusCode() + ")";
            assertThat(response.statusCode()).as(what).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
                    .hasValue(ErrorResponseHeaders.PAGE_CSP);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        }
    }

    private static String part(String name, String fileName, String content) {
        return "--BOUNDARY\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n\r\n" + content + "\r\n";
    }

    private HttpResponse<String> multipart(String path, String parts) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=BOUNDARY")
                .POST(HttpRequest.BodyPublishers.ofString(parts + "--BOUNDARY--\r\n", StandardCharsets.UTF_8)));
    }

    private void assertStillAnswering() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(), utf8());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri(STATUS)).GET()).statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder json(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("If-Match", "\"1\"");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + auth).build(), utf8());
    }

    private static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
