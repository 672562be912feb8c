package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

/**
 * P4 (BENCHMARKS.md): Bilag 1 for the seed round (39 goals × 2 quarters) as PDF, XLSX and DOCX, warm, against LibreOffice
 * headless converting the same sheet to PDF, measured in the same run. Run with {@code ./mvnw -Pbench verify}; needs
 * {@code soffice} ({@code apt-get install -y libreoffice-calc-nogui}). Figures go to the log and to
 * {@code target/bench/documents.txt}; see BENCHMARKS.md.
 */
@Tag("bench")
@SpringBootTest
class DocumentBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(DocumentBenchmarkTests.class);
    /**
     * Enough for the JIT to have settled on the render path: with 5 and even 30 warm-ups the PDF was still getting
     * faster run by run (BENCHMARKS.md); a server renders many times, so its steady state is what we measure.
     */
    private static final int WARMUP = 100;
    private static final int RUNS = 20;
    private static final int OFFICE_WARMUP = 1;
    private static final int OFFICE_RUNS = 5;

    @Autowired
    Bilag1Builder builder;
    @Autowired
    PdfRenderer pdf;
    @Autowired
    Bilag1Xlsx xlsx;
    @Autowired
    Bilag1Docx docx;

    @Test
    void bilag1DocumentsAgainstLibreOffice() throws Exception {
        Path soffice = findSoffice();
        Supplier<Bilag1> bilag1 = () -> builder.build("kk-bl1-2015-2018", "2017-Q1").orElseThrow();
        double pdfMs = medianMs(() -> pdf.render("report/bilag1-print", Map.of("bilag1", bilag1.get())), WARMUP, RUNS);
        double xlsxMs = medianMs(() -> xlsx.write(bilag1.get()), WARMUP, RUNS);
        double docxMs = medianMs(() -> docx.write(bilag1.get()), WARMUP, RUNS);
        double officeMs = libreOfficeMs(soffice);

        String report = String.format(java.util.Locale.ROOT, """
                Bilag 1, seed round 2017-Q1 (39 goals x 2 quarters), warm, median of %d runs after %d warm-ups:
                  PDF  (openhtmltopdf) %8.1f ms   target <= 500 ms
                  XLSX (Apache POI)    %8.1f ms   target <= 200 ms
                  DOCX (Apache POI)    %8.1f ms   target <= 200 ms
                LibreOffice headless, seed XLSX -> PDF, median of %d runs after %d warm-up: %8.1f ms
                  ratio LibreOffice / our PDF: %.1fx   target >= 10x
                """, RUNS, WARMUP, pdfMs, xlsxMs, docxMs, OFFICE_RUNS, OFFICE_WARMUP, officeMs, officeMs / pdfMs);
        log.info("\n{}", report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/documents.txt"), report, StandardCharsets.UTF_8);

        assertThat(pdfMs).as("PDF ms").isLessThanOrEqualTo(500);
        assertThat(xlsxMs).as("XLSX ms").isLessThanOrEqualTo(200);
        assertThat(docxMs).as("DOCX ms").isLessThanOrEqualTo(200);
        assertThat(officeMs / pdfMs).as("LibreOffice / PDF").isGreaterThanOrEqualTo(10);
    }

    private static double medianMs(Supplier<byte[]> task, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            assertThat(task.get()).isNotEmpty();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            byte[] out = task.get();
            nanos.add(System.nanoTime() - start);
            assertThat(out).isNotEmpty();
        }
        return median(nanos) / 1e6;
    }

    /** Each run starts soffice as a user's script would (no server kept running), with a profile kept between runs. */
    private static double libreOfficeMs(Path soffice) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("bench-office");
        Path sheet = work.resolve("bilag1.xlsx");
        try (InputStream in = new ClassPathResource("seed/hovedaftale-2015-2018-status-2017K1.xlsx").getInputStream()) {
            Files.copy(in, sheet);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < OFFICE_WARMUP + OFFICE_RUNS; i++) {
            Path out = Files.createDirectories(work.resolve("out" + i));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), sheet.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
            long took = System.nanoTime() - start;
            assertThat(p.exitValue()).as("soffice exit code, see " + work.resolve("soffice.log")).isZero();
            assertThat(out.resolve("bilag1.pdf")).as("LibreOffice wrote the PDF").exists();
            if (i >= OFFICE_WARMUP) {
                nanos.add(took);
            }
        }
        return median(nanos) / 1e6;
    }

    private static Path findSoffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("The document benchmark needs LibreOffice as its reference, but 'soffice' is not on the "
                + "PATH. Install it with: apt-get install -y libreoffice-calc-nogui (see BENCHMARKS.md).");
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
