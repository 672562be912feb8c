package dk.almenmonitor.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.synthetic.SyntheticHousingData;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The degree-days reader and the energy-label reader (our CSV and EMO JSON, as the load streams it) on arbitrary and
 * near-valid files: read, or refused with reported problems. The heat file's rows are read in its load (database):
 * the import HTTP property test covers them.
 */
class EnergyReadersPropertyTests {

    static final String DEGREE_DAYS = ImportFuzz.synthetic(SyntheticHousingData.DEGREE_DAYS, 8);
    static final String LABELS = ImportFuzz.synthetic(SyntheticHousingData.ENERGY_LABELS, 8);
    static final String EMO = """
            {"total": 2, "EnergyLabels": [
              {"EnergyLabelSerialIdentifier": "J1", "EnergyLabelClassification": "C/D",
               "ValidFrom": "2016-05-01T00:00:00", "ValidTo": "2026-05-01T00:00:00", "LabelStatus": "VALID",
               "ZipCode": 2300, "Address": {"Street": "Vej 1"}, "BuildingNumbers": ["1", "2"]},
              {"EnergyLabelSerialIdentifier": "J2", "EnergyLabelClassification": "A2020",
               "ValidFrom": "2016-06-01", "ValidTo": "2026-06-01", "LabelStatus": "VALID", "ZipCode": "2400"}
            ]}
            """;

    final DegreeDaysDataset degreeDays = new DegreeDaysDataset(mock(HeatRepository.class), mock(HeatDerivation.class),
            ImportFuzz.texts());

    /** The labels as the load reads them: every label, a refusal on any problem. */
    static LabelFile.Read labels(ImportFile file) {
        LabelFile.Read read = LabelFile.read(file, LabelFile.detect(file), 1000, ImportFuzz.texts(), label -> { });
        if (!read.errors().isEmpty()) {
            throw read.rejection(Map.of());
        }
        return read;
    }

    @Example
    void theValidFilesAreRead() {
        assertThat(ImportFuzz.checkParse(degreeDays, DEGREE_DAYS.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(ImportFuzz.check(LABELS.getBytes(StandardCharsets.UTF_8), true, Map.of(),
                EnergyReadersPropertyTests::labels)).isNull();
        assertThat(ImportFuzz.check(EMO.getBytes(StandardCharsets.UTF_8), true, Map.of(),
                EnergyReadersPropertyTests::labels)).isNull();
    }

    @Property(tries = 200)
    void arbitraryBytesAreReadOrRefused(@ForAll("degreeDaysBytes") byte[] degreeDaysFile,
                                        @ForAll("labelBytes") byte[] labelFile) {
        ImportFuzz.checkParse(degreeDays, degreeDaysFile);
        ImportFuzz.check(labelFile, true, Map.of(), EnergyReadersPropertyTests::labels);
    }

    @Property(tries = 400)
    void nearValidDegreeDaysAreReadOrRefused(@ForAll("nearValidDegreeDays") byte[] content) {
        ImportFuzz.checkParse(degreeDays, content);
    }

    @Property(tries = 400)
    void nearValidLabelFilesAreReadOrRefused(@ForAll("nearValidLabels") byte[] content) {
        ImportFuzz.check(content, true, Map.of(), EnergyReadersPropertyTests::labels);
    }

    @Property(tries = 400)
    void editedEmoJsonIsReadOrRefused(@ForAll("editedEmo") byte[] content) {
        ImportFuzz.check(content, true, Map.of(), EnergyReadersPropertyTests::labels);
    }

    @Provide
    Arbitrary<byte[]> degreeDaysBytes() {
        return ImportFuzz.bytes("aar;graddage");
    }

    @Provide
    Arbitrary<byte[]> labelBytes() {
        return ImportFuzz.bytes(String.join(";", SyntheticHousingData.columns(SyntheticHousingData.ENERGY_LABELS)));
    }

    @Provide
    Arbitrary<byte[]> nearValidDegreeDays() {
        return ImportFuzz.nearValid(DEGREE_DAYS);
    }

    @Provide
    Arbitrary<byte[]> nearValidLabels() {
        return ImportFuzz.nearValid(LABELS);
    }

    @Provide
    Arbitrary<byte[]> editedEmo() {
        return ImportFuzz.editedText(EMO);
    }
}
