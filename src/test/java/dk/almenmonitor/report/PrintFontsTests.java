package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

/** The parsed fonts are lent to one render at a time (PDFBox reads a parsed font through one shared stream). */
class PrintFontsTests {

    private final PrintFonts fonts = new PrintFonts();

    @Test
    void twoRendersAtOnceGetTwoSetsAndAReturnedSetIsLentAgain() throws Exception {
        List<TrueTypeFont> first = fonts.borrow();
        List<TrueTypeFont> second = fonts.borrow();
        assertThat(first).hasSize(4).doesNotContainAnyElementsOf(second);
        assertThat(first.get(0).getName()).isEqualTo("IBMPlexSans");
        assertThat(first.get(3).getName()).isEqualTo("IBMPlexSans-Bold");

        fonts.giveBack(first);
        assertThat(fonts.borrow()).isSameAs(first);
        assertThat(fonts.borrow()).isNotSameAs(first).isNotSameAs(second);
    }

    @Test
    void theFontsCarryNoSubstitutionTable() throws Exception {
        for (TrueTypeFont font : fonts.borrow()) {
            assertThat(font.getTableMap()).as(font.getName()).doesNotContainKey("GSUB").containsKeys("glyf", "cmap", "hmtx");
        }
    }
}
