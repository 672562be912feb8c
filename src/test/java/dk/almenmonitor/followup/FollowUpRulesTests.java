package dk.almenmonitor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/domain.md §3: when a status counts as "Uændret". */
class FollowUpRulesTests {

    @ParameterizedTest
    @ValueSource(strings = {"Uændret", "uændret", "UÆNDRET", "Uændret.", "Uændret!", "  Uændret \n", "\u00A0Uændret\u00A0"})
    void theWordUaendretMeansUnchanged(String text) {
        assertThat(FollowUpRules.isUnchanged(text, "Sidste kvartals tekst")).as(text).isTrue();
    }

    @Test
    void sameTextAsLastRoundAfterWhitespaceAndUnicodeNormalisationIsUnchanged() {
        String previous = "Der er  afholdt møde\n med BL den 3. marts.";
        assertThat(FollowUpRules.isUnchanged("Der er afholdt møde med BL den 3. marts.", previous)).isTrue();
        assertThat(FollowUpRules.isUnchanged("Der er afholdt mo\u0338de med BL den 3. marts.", previous)).isFalse();
        assertThat(FollowUpRules.isUnchanged("Der er afholdt m\u00F8de\u00A0med BL\tden 3. marts. ", previous)).isTrue();
        assertThat(FollowUpRules.isUnchanged("Der er afholdt møde med BL den 4. marts.", previous)).isFalse();
    }

    @Test
    void decomposedLettersEqualTheirComposedForm() {
        assertThat(FollowUpRules.isUnchanged("A\u030Arhus", "\u00C5rhus")).isTrue();
    }

    @Test
    void nothingIsUnchangedInTheFirstRoundAndAnEmptyTextNever() {
        assertThat(FollowUpRules.isUnchanged("Uændret", null)).isFalse();
        assertThat(FollowUpRules.isUnchanged("", "")).isFalse();
        assertThat(FollowUpRules.isUnchanged("   ", " ")).isFalse();
        assertThat(FollowUpRules.isUnchanged(null, "")).isFalse();
    }

    @Test
    void theWordMustStandAlone() {
        assertThat(FollowUpRules.isUnchangedWord("Uændret siden sidst")).isFalse();
        assertThat(FollowUpRules.isUnchangedWord("Uændret..")).isFalse();
        assertThat(FollowUpRules.isUnchangedWord("Næsten uændret")).isFalse();
        assertThat(FollowUpRules.isUnchangedWord("Ua\u0308ndret")).as("Uändret").isFalse();
    }

    @Test
    void hasTextIgnoresWhitespace() {
        assertThat(FollowUpRules.hasText(" \n\u00A0\t")).isFalse();
        assertThat(FollowUpRules.hasText(null)).isFalse();
        assertThat(FollowUpRules.hasText(" x ")).isTrue();
        assertThat(FollowUpRules.normalise("  a \n\n b\u00A0 c ")).isEqualTo("a b c");
    }

    @Test
    void normaliseIsTheRegularExpressionItReplaced() {
        java.util.regex.Pattern whitespace = java.util.regex.Pattern.compile("\\s+");
        java.util.Random random = new java.util.Random(42);
        char[] alphabet = {'a', 'Æ', 'ø', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '\u0001', '.', 'e',
                '\u0301', 'U'};
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            String expected = whitespace.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
                    .replace('\u00A0', ' ')).replaceAll(" ").trim();
            org.assertj.core.api.Assertions.assertThat(FollowUpRules.normalise(s)).as(s).isEqualTo(expected);
        }
    }
}
