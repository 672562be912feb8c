package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImportHeaderTests {

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put("kode", "kode");
        ALIASES.put("vaerdi", "vaerdi");
        ALIASES.put("værdi", "vaerdi");
    }

    private final BoundedProblems<ImportProblem> errors = BoundedProblems.errors(ImportProblem::file);
    private final BoundedProblems<String> warnings = BoundedProblems.warnings(text -> text);

    @Test
    void mapsNamesCaseBlindInAnyOrderAndWarnsOfUnknownColumns() {
        Optional<ImportHeader> header = ImportHeader.read(List.of(" Værdi ", "ekstra", "KODE"), ALIASES,
                List.of("kode", "vaerdi"), errors, warnings);
        assertThat(header).isPresent();
        assertThat(header.get().cell(List.of("2,5", "x", " a "), "kode")).isEqualTo("a");
        assertThat(header.get().cell(List.of("2,5"), "kode")).as("a short row").isEmpty();
        assertThat(header.get().name("vaerdi")).isEqualTo("Værdi");
        assertThat(errors.isEmpty()).isTrue();
        assertThat(warnings.list()).containsExactly("Ukendt kolonne „ekstra“ (kolonne 2) ignoreres.");
    }

    @Test
    void aMissingOrDoubledColumnIsAnErrorOnRowOne() {
        assertThat(ImportHeader.read(List.of("kode", "Kode"), ALIASES, List.of("kode", "vaerdi"), errors, warnings))
                .isEmpty();
        assertThat(errors.list()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Kode", "Kolonnen står to gange."),
                        org.assertj.core.groups.Tuple.tuple(1, "vaerdi",
                                "Kolonnen „vaerdi“ mangler i overskriftsrækken (kode;vaerdi)."));
    }

    @Test
    void danishNumbersAndMissingValues() {
        assertThat(DecimalText.parse("2.801,0").value()).isEqualByComparingTo("2801.0");
        assertThat(DecimalText.parse("19,9 %").value()).isEqualByComparingTo("19.9");
        for (String missing : List.of("..", "-", "", " ")) {
            assertThat(DecimalText.parse(missing).kind()).as(missing).isEqualTo(DecimalText.Kind.MISSING);
        }
        assertThat(DecimalText.parse("1.648").kind()).isEqualTo(DecimalText.Kind.AMBIGUOUS);
        assertThat(DecimalText.parse("mange").kind()).isEqualTo(DecimalText.Kind.INVALID);
    }
}
