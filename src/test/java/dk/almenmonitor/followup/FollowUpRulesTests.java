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
}
