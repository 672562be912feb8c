package dk.almenmonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.almenmonitor.imports.ImportFuzz;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The observations reader ({@code ObservationCsv} and the row validation) on arbitrary and near-valid files: read,
 * or refused with reported problems. Two indicators are known, one of them with a dimension.
 */
class ObservationDatasetPropertyTests {

    static final String VALID = """
            indikator;periode;vaerdi;dimension;kilde
            udsaettelser;2016;300;;ok
            udsaettelser;2. halvår 2017;12,5;;
            lav-husleje-boliger;2018-01-19;2810,5;familie;Rettet
            lav-husleje-boliger;1. kvartal 2019;17;boligtype=ungdom;
            """;

    final ObservationDataset dataset;

    ObservationDatasetPropertyTests() {
        IndicatorRepository indicators = mock(IndicatorRepository.class);
        when(indicators.findAll()).thenReturn(List.of(
                new IndicatorView("udsaettelser", "Udsættelser", "antal", 0, Direction.LOWER_IS_BETTER, "DST",
                        "år", List.of(), false),
                new IndicatorView("lav-husleje-boliger", "Boliger med lav husleje", "antal", 1,
                        Direction.HIGHER_IS_BETTER, "LBF", "år", List.of("boligtype"), false)));
        dataset = new ObservationDataset(indicators, mock(ObservationWriter.class), ImportFuzz.texts(), 100_000, 50);
    }

    @Example
    void theValidFileIsRead() {
        assertThat(ImportFuzz.checkParse(dataset, VALID.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Property(tries = 200)
    void arbitraryBytesAreReadOrRefused(@ForAll("bytes") byte[] content) {
        ImportFuzz.checkParse(dataset, content);
    }

    @Property(tries = 400)
    void nearValidFilesAreReadOrRefused(@ForAll("nearValid") byte[] content) {
        ImportFuzz.checkParse(dataset, content);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return ImportFuzz.bytes("indikator;periode;vaerdi;dimension;kilde");
    }

    @Provide
    Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(VALID);
    }
}
