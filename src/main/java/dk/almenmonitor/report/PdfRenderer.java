package dk.almenmonitor.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf (fast mode). The HTML is parsed by jsoup (HTML5 rules, so
 * templates need not be XHTML), and IBM Plex Sans is embedded from {@code src/main/resources/fonts} as TTF subsets.
 * All text reaches the PDF through Thymeleaf's escaping {@code th:text}: user text is text, never markup.
 *
 * <p>The fonts are read once and kept as bytes without their {@code GSUB} table. PDFBox 3 applies GSUB when it writes
 * text and builds a regular expression for every word it does so (more than half of the whole render for Bilag 1);
 * openhtmltopdf measures and breaks lines without GSUB anyway. What the table would change for our text is the "fi"
 * ligature: without it the PDF shows "f" and "i" exactly where the layout measured them, and copy, search and screen
 * readers get "fi" instead of the ligature character "ﬁ". Glyph shapes, widths and subsetting are unchanged.
 */
@Component
class PdfRenderer {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");
    static final String FONT_FAMILY = "IBM Plex Sans";

    private record Font(byte[] bytes, int weight, FontStyle style) {
    }

    private final ITemplateEngine templates;
    private final List<Font> fonts;

    PdfRenderer(ITemplateEngine templates) {
        PdfLogging.install();
        this.templates = templates;
        this.fonts = List.of(font("IBMPlexSans-Regular.ttf", 400, FontStyle.NORMAL),
                font("IBMPlexSans-Italic.ttf", 400, FontStyle.ITALIC),
                font("IBMPlexSans-SemiBold.ttf", 600, FontStyle.NORMAL),
                font("IBMPlexSans-Bold.ttf", 700, FontStyle.NORMAL));
    }

    byte[] render(String template, Map<String, Object> variables) {
        String html = templates.process(template, new Context(DANISH, variables));
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (Font font : fonts) {
            builder.useFont(() -> new ByteArrayInputStream(font.bytes()), FONT_FAMILY, font.weight(), font.style(), true);
        }
        builder.withW3cDocument(document, "classpath:/templates/report/");
        builder.withProducer("Almenmonitor");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering of " + template + " failed", e);
        }
        return out.toByteArray();
    }

    private static Font font(String file, int weight, FontStyle style) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            return new Font(TrueTypeTables.without(in.readAllBytes(), "GSUB"), weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing font " + file, e);
        }
    }
}
