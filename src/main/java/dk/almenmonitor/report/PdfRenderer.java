package dk.almenmonitor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.shared.DanishFormat;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf (fast mode). The HTML is parsed by jsoup (HTML5 rules, so
 * templates need not be XHTML), and IBM Plex Sans is embedded as TTF subsets ({@link PrintFonts}). All text reaches
 * the PDF through Thymeleaf's escaping {@code th:text}: user text is text, never markup.
 *
 * <p>The fonts are stored without their {@code GSUB} table. PDFBox 3 applies GSUB when it writes text and builds a
 * regular expression for every word it does so (more than half of the whole render for Bilag 1); openhtmltopdf
 * measures and breaks lines without GSUB anyway. What the table would change for our text is the "fi" ligature:
 * without it the PDF shows "f" and "i" exactly where the layout measured them, and copy, search and screen readers
 * get "fi" instead of the ligature character "ﬁ". Glyph shapes, widths and subsetting are unchanged.
 *
 * <p>The other costs that do not depend on the document are paid once, not per render: the fonts are parsed once per
 * concurrent render ({@link PrintFonts}), and the user-agent style sheet is our small one, parsed once
 * ({@link PrintNamespaceHandler}). BENCHMARKS.md has the figures.
 */
@Component
class PdfRenderer {


    private final ITemplateEngine templates;
    private final PrintFonts fonts = new PrintFonts();
    private final PrintNamespaceHandler namespaceHandler = new PrintNamespaceHandler();

    private final RenderMetrics metrics;

    PdfRenderer(ITemplateEngine templates) {
        this(templates, RenderMetrics.unregistered());
    }

    @Autowired
    PdfRenderer(ITemplateEngine templates, RenderMetrics metrics) {
        PdfLogging.install();
        this.templates = templates;
        this.metrics = metrics;
    }

    /** An untagged PDF: the fast path, for the large tables of Bilag 1 (which also come as XLSX, DOCX and HTML). */
    byte[] render(String template, Map<String, Object> variables) {
        return render(template, variables, false);
    }

    /**
     * A tagged PDF (PDF/UA): headings, lists and reading order for screen readers, the document's language and title.
     * It takes about twice as long as {@link #render}, so it is for the documents read as text, like the redegørelse.
     * The template needs a {@code <title>}, {@code <html lang>} and {@code <meta name="subject">} (the summary).
     */
    byte[] renderTagged(String template, Map<String, Object> variables) {
        return render(template, variables, true);
    }

    private byte[] render(String template, Map<String, Object> variables, boolean tagged) {
        return metrics.time(RenderMetrics.documentOf(template), "pdf", () -> renderUntimed(template, variables, tagged));
    }

    private byte[] renderUntimed(String template, Map<String, Object> variables, boolean tagged) {
        String html = templates.process(template, new Context(DanishFormat.DANISH, variables));
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        List<TrueTypeFont> fontSet = fonts.borrow();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(tagged);
            builder.usePDDocument(pdf);
            fonts.register(builder, pdf, fontSet);
            builder.useNamespaceHandler(namespaceHandler);
            builder.withW3cDocument(document, "classpath:/templates/report/");
            builder.withProducer("Almenmonitor");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering of " + template + " failed", e);
        } finally {
            fonts.giveBack(fontSet);
        }
        return out.toByteArray();
    }
}
