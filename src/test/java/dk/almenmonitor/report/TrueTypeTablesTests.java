package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class TrueTypeTablesTests {

    @Test
    void dropsOnlyTheGivenTable() throws Exception {
        byte[] original;
        try (InputStream in = new ClassPathResource("fonts/IBMPlexSans-Regular.ttf").getInputStream()) {
            original = in.readAllBytes();
        }
        byte[] stripped = TrueTypeTables.without(original, "GSUB");

        TrueTypeFont before = parse(original);
        TrueTypeFont after = parse(stripped);
        assertThat(before.getTableMap()).containsKey("GSUB");
        assertThat(after.getTableMap()).doesNotContainKey("GSUB");
        assertThat(after.getTableMap().keySet()).hasSize(before.getTableMap().size() - 1);
        assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
        for (char c : "æøåÆØÅ„“’–fi".toCharArray()) {
            int glyph = before.getUnicodeCmapLookup().getGlyphId(c);
            assertThat(glyph).as("glyph for %s", c).isPositive();
            assertThat(after.getUnicodeCmapLookup().getGlyphId(c)).isEqualTo(glyph);
            assertThat(after.getAdvanceWidth(glyph)).isEqualTo(before.getAdvanceWidth(glyph));
            assertThat(after.getGlyph().getGlyph(glyph).getPath().getBounds2D())
                    .isEqualTo(before.getGlyph().getGlyph(glyph).getPath().getBounds2D());
        }
        assertThat(TrueTypeTables.without(stripped, "GSUB")).isSameAs(stripped);
    }

    private static TrueTypeFont parse(byte[] font) throws Exception {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
