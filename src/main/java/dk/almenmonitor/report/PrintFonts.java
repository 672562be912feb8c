package dk.almenmonitor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * IBM Plex Sans for the printed documents, from {@code src/main/resources/fonts}: read once, stored without the
 * {@code GSUB} table (see {@link PdfRenderer}), and parsed into PDFBox fonts that are lent to one render at a time.
 * A parsed {@link TrueTypeFont} reads a table on first use through the font's one data stream, without a lock
 * (fontbox 3.0 {@code TrueTypeFont.getTable}), so a set is never used by two renders at once: a render borrows a set,
 * embeds subsets of its fonts in its own document and gives the set back after the document is saved. Sets are parsed
 * when none is idle, and at most {@link #KEPT_IDLE} are kept.
 */
final class PrintFonts {

    static final String FAMILY = "IBM Plex Sans";
    private static final int KEPT_IDLE = 4;

    private record Face(String file, int weight, FontStyle style, byte[] bytes) {
    }

    private final List<Face> faces;
    private final BlockingQueue<List<TrueTypeFont>> idle = new ArrayBlockingQueue<>(KEPT_IDLE);

    PrintFonts() {
        this.faces = List.of(face("IBMPlexSans-Regular.ttf", 400, FontStyle.NORMAL),
                face("IBMPlexSans-Italic.ttf", 400, FontStyle.ITALIC),
                face("IBMPlexSans-SemiBold.ttf", 600, FontStyle.NORMAL),
                face("IBMPlexSans-Bold.ttf", 700, FontStyle.NORMAL));
    }

    /** A set of parsed fonts for one render; give it back with {@link #giveBack} when the document is saved. */
    List<TrueTypeFont> borrow() {
        List<TrueTypeFont> set = idle.poll();
        return set != null ? set : parse();
    }

    void giveBack(List<TrueTypeFont> set) {
        idle.offer(set); // a full pool drops the set; it holds only memory
    }

    /** Registers the faces with the builder; each is embedded in {@code document} (as a subset) when first used. */
    void register(PdfRendererBuilder builder, PDDocument document, List<TrueTypeFont> set) {
        for (int i = 0; i < faces.size(); i++) {
            Face face = faces.get(i);
            builder.useFont(new EmbeddedOnFirstUse(document, set.get(i)), FAMILY, face.weight(), face.style(), true);
        }
    }

    private List<TrueTypeFont> parse() {
        List<TrueTypeFont> set = new ArrayList<>(faces.size());
        for (Face face : faces) {
            try {
                set.add(new TTFParser().parse(new RandomAccessReadBuffer(face.bytes())));
            } catch (IOException e) {
                throw new UncheckedIOException("Font " + face.file() + " cannot be parsed", e);
            }
        }
        return set;
    }

    private static Face face(String file, int weight, FontStyle style) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            return new Face(file, weight, style, TrueTypeTables.without(in.readAllBytes(), "GSUB"));
        } catch (IOException e) {
            throw new UncheckedIOException("Missing font " + file, e);
        }
    }

    /** openhtmltopdf asks for the PDF font only when text in that face is laid out; unused faces cost nothing. */
    private static final class EmbeddedOnFirstUse extends PDFontSupplier {

        private final PDDocument document;
        private final TrueTypeFont font;
        private PDFont embedded;

        EmbeddedOnFirstUse(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (embedded == null) {
                try {
                    embedded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("A print font cannot be embedded", e);
                }
            }
            return embedded;
        }
    }
}
