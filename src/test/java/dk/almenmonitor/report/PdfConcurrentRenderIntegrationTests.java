package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.thymeleaf.ITemplateEngine;

/**
 * Committee documents are often fetched by several people at once: renders running side by side must each get the
 * whole document, with its own fonts (PrintFonts lends parsed fonts to one render at a time).
 */
@SpringBootTest
class PdfConcurrentRenderIntegrationTests {

    private static final int THREADS = 3;
    private static final int RENDERS_PER_THREAD = 2;

    @Autowired
    Bilag1Builder builder;
    @Autowired
    PdfRenderer renderer;
    @Autowired
    ITemplateEngine templates;

    @Test
    void rendersSideBySideGiveTheSameDocumentAsOneAlone() throws Exception {
        Bilag1 bilag1 = builder.build("kk-bl1-2015-2018", "2017-Q1").orElseThrow();
        Map<String, Object> model = Map.of("bilag1", bilag1);
        Content alone = Content.of(renderer.render("report/bilag1-print", model));
        assertThat(alone.text()).contains(PdfText.dense("Status pr. 1. kvartal 2017"));

        PdfRenderer fresh = new PdfRenderer(templates); // its fonts are first used by renders running side by side
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Content>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Content> contents = new ArrayList<>();
                    for (int i = 0; i < RENDERS_PER_THREAD; i++) {
                        contents.add(Content.of(fresh.render("report/bilag1-print", model)));
                    }
                    return contents;
                }));
            }
            start.countDown();
            for (Future<List<Content>> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES)).hasSize(RENDERS_PER_THREAD).containsOnly(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What a reader gets from the file: the pages, the text in drawing order and the embedded fonts. */
    private record Content(int pages, String text, List<String> fonts) {
        static Content of(byte[] bytes) throws Exception {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                List<String> fonts = PdfText.fonts(pdf).stream().map(f -> f.getName().substring(7)).distinct().sorted().toList();
                return new Content(pdf.getNumberOfPages(), PdfText.of(pdf).all(), fonts);
            }
        }
    }
}
