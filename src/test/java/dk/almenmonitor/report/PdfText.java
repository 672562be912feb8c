package dk.almenmonitor.report;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's glyphs in drawing order with where they stand, so that a test can read a table column by column across
 * pages (a row may be split over two pages) and compare a column's whole text with the cells it should hold.
 * Comparisons ignore whitespace: a line broken after a hyphen ("2020-" / "standard") cannot be told from "2020- standard".
 */
final class PdfText {

    record Glyph(int page, float x, float y, float pageHeight, String text, String font) {
        boolean regularWeight() {
            return !font.contains("Bold") && !font.contains("SmBld") && !font.contains("SemiBold");
        }
    }

    private final List<Glyph> glyphs;

    private PdfText(List<Glyph> glyphs) {
        this.glyphs = glyphs;
    }

    static PdfText of(PDDocument pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                glyphs.add(new Glyph(getCurrentPageNo(), t.getXDirAdj(), t.getYDirAdj(), t.getPageHeight(), t.getUnicode(),
                        t.getFont().getName() == null ? "" : t.getFont().getName()));
            }
        };
        stripper.setSortByPosition(false);
        stripper.getText(pdf);
        return new PdfText(glyphs);
    }

    /** NFKC (the font's "ﬁ" ligature reads as "fi"), without whitespace and soft hyphens. */
    static String dense(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u00AD]+", "");
    }

    /** Everything, in drawing order. */
    String all() {
        StringBuilder b = new StringBuilder();
        glyphs.forEach(g -> b.append(g.text()));
        return dense(b.toString());
    }

    /**
     * The regular-weight text between two x positions (points from the page's left edge), all pages, in drawing
     * order; the running footer (the bottom {@code footerPoints} of each page) and bold/semibold text (headers) left out.
     */
    String column(float fromX, float toX, float footerPoints) {
        StringBuilder b = new StringBuilder();
        for (Glyph g : glyphs) {
            if (g.x() >= fromX && g.x() < toX && g.y() < g.pageHeight() - footerPoints && g.regularWeight()) {
                b.append(g.text());
            }
        }
        return dense(b.toString());
    }

    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
