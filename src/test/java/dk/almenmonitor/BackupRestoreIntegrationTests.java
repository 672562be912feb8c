package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14: a backup can be restored (docs/operations.md "Backups"). {@code scripts/backup.sh} dumps the external test
 * database while the application runs ({@code pg_dump -Fc}, as the schema owner), {@code scripts/restore.sh} restores
 * it into a fresh database ({@code pg_restore --no-owner --no-acl}), the application starts on the restored database
 * (its start grants the application role again), and Bilag 1 in every format (the text of the HTML page, the PDF, the
 * XLSX cells and the DOCX) and the round's summary are the same as on the original; the audit log is still closed to
 * changes by the application role. Skipped without the server binaries unless {@code ALMEN_EXTERNAL_PG_REQUIRED=1}.
 */
class BackupRestoreIntegrationTests {

    private static final String PASSWORD = "demo-test-password";
    private static final String REPORTS = "/reports/kk-bl1-2015-2018/2017-Q1/bilag1.";
    private static final String ROUNDS = "/api/v1/agreements/kk-bl1-2015-2018/rounds";

    @Test
    void aRestoredBackupShowsTheSameBilag1AndSummary() throws Exception {
        ExternalPostgres server = ExternalPostgres.requireOrSkip();
        String original = server.createDatabase("original");
        Map<String, String> before;
        try (ConfigurableApplicationContext app = start(server, original)) {
            // Something written through the application besides the seed: a new round.
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base(app) + ROUNDS))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"2019-Q1\",\"dueDate\":\"2019-03-15\"}")));
            assertThat(created.statusCode()).isEqualTo(201);
            before = observe(app);
        }

        Path dump = Path.of("target", "external-pg", original + ".dump").toAbsolutePath();
        run(server, original, "scripts/backup.sh", dump.toString());
        assertThat(dump).isNotEmptyFile();
        String restored = server.createDatabase("restored");
        run(server, restored, "scripts/restore.sh", dump.toString());

        Map<String, String> after;
        try (ConfigurableApplicationContext app = start(server, restored)) {
            after = observe(app);
        }
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((what, text) -> assertThat(after.get(what)).as(what).isEqualTo(text));
        assertThat(before.get("summary")).contains("\"concreteGoals\"");
        assertThat(before.get("rounds")).contains("2019-Q1");

        // The application role's grants came back with the application's start: the audit log is append-only.
        try (Connection asApp = DriverManager.getConnection(server.jdbcUrl(restored), ExternalPostgres.APP,
                ExternalPostgres.APP_PASSWORD); var st = asApp.createStatement()) {
            try (var rs = st.executeQuery("select count(*) from audit.audit_event")) {
                assertThat(rs.next() && rs.getLong(1) > 0).as("audit rows restored").isTrue();
            }
            assertThatThrownBy(() -> st.executeUpdate("delete from audit.audit_event")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    /** What a reader of the committee documents sees, as text: every format of Bilag 1, the summary, the rounds. */
    private static Map<String, String> observe(ConfigurableApplicationContext app) throws Exception {
        String base = base(app);
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("html", Jsoup.parse(body(base + REPORTS + "html", "text/html")).body().text());
        try (PDDocument pdf = Loader.loadPDF(bytes(base + REPORTS + "pdf"))) {
            seen.put("pdf", new PDFTextStripper().getText(pdf));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(base + REPORTS + "xlsx")))) {
            DataFormatter format = new DataFormatter();
            StringBuilder cells = new StringBuilder();
            for (Sheet sheet : workbook) {
                cells.append("# ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell.getAddress()).append('=').append(format.formatCellValue(cell)).append('\n');
                    }
                }
            }
            seen.put("xlsx", cells.toString());
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes(base + REPORTS + "docx")));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            seen.put("docx", text.getText());
        }
        seen.put("summary", body(base + ROUNDS + "/2017-Q1/summary", "application/json"));
        seen.put("rounds", body(base + ROUNDS, "application/json"));
        seen.values().forEach(text -> assertThat(text).isNotBlank());
        return seen;
    }

    private static ConfigurableApplicationContext start(ExternalPostgres server, String database) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--almen.demo.password=" + PASSWORD));
        server.applicationProperties(database).forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(AlmenmonitorApplication.class).run(args.toArray(String[]::new));
    }

    /** Runs one of the operations scripts as an operator would: libpq's variables, the schema owner's login. */
    private static void run(ExternalPostgres server, String database, String script, String file) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script, file).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PGHOST", "127.0.0.1", "PGPORT", String.valueOf(server.port()),
                "PGDATABASE", database, "PGUSER", ExternalPostgres.OWNER, "PGPASSWORD", ExternalPostgres.OWNER_PASSWORD,
                "PG_BIN", server.bin().toString()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(script + " finished").isTrue();
        assertThat(process.exitValue()).as(script + ":\n" + output).isZero();
    }

    private static String base(ConfigurableApplicationContext app) {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    private static String body(String url, String accept) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static byte[] bytes(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(authorised(HttpRequest.newBuilder(URI.create(url)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(authorised(request).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return request.timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
}
