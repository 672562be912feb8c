package dk.almenmonitor.indicator;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import dk.almenmonitor.imports.DatasetFileProperties;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;

/**
 * The observations reader ({@code ObservationCsv} and the row validation) on arbitrary and near-valid files: read,
 * or refused with reported problems. Two indicators are known, one of them with a dimension.
 */
class ObservationDatasetPropertyTests extends DatasetFileProperties {

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

    @Override
    protected String header() {
        return "indikator;periode;vaerdi;dimension;kilde";
    }

    @Override
    protected String validFile() {
        return VALID;
    }

    @Override
    protected ImportRejectedException read(byte[] content) {
        return ImportFuzz.checkParse(dataset, content);
    }
}
