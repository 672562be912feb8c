package dk.almenmonitor.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OwnerNotationTests {

    private final OwnerNotation notation = new OwnerNotation(Map.of(
            "kk", "KK", "københavns kommune", "KK", "tmf", "TMF", "økf", "ØKF", "suf", "SUF", "sof", "SOF",
            "bl's 1. kreds", "BL1", "bl1", "BL1", "kab", "KAB"));

    @Test
    void municipalityWithAdministrationsMeansTheAdministrations() {
        assertThat(notation.parse("KK (TMF/ØKF)").codes()).containsExactly("TMF", "ØKF");
        assertThat(notation.parse("KK (SOF)").codes()).containsExactly("SOF");
        assertThat(notation.parse(" KK ( TMF / SUF ) ").codes()).containsExactly("TMF", "SUF");
    }

    @Test
    void municipalityAloneIsTheMunicipality() {
        assertThat(notation.parse("KK").codes()).containsExactly("KK");
    }

    @Test
    void typographicAndPlainApostrophesBothWork() {
        assertThat(notation.parse("BL’s 1. kreds").codes()).containsExactly("BL1");
        assertThat(notation.parse("BL's 1. kreds").codes()).containsExactly("BL1");
        assertThat(notation.parse("bl’s  1. KREDS").codes()).containsExactly("BL1");
    }

    @Test
    void severalOwnersAndUnknownParts() {
        OwnerParseResult result = notation.parse("KAB og BL’s 1. kreds, Ukendt Forening");
        assertThat(result.codes()).containsExactly("KAB", "BL1");
        assertThat(result.unknown()).containsExactly("Ukendt Forening");
        assertThat(result.valid()).isFalse();
        assertThat(notation.parse("XX (TMF)").unknown()).containsExactly("XX");
    }

    @Test
    void emptyMeansNoOwner() {
        assertThat(notation.parse("").codes()).isEmpty();
        assertThat(notation.parse(null).valid()).isTrue();
    }
}
