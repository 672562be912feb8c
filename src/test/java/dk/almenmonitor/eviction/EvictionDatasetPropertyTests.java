package dk.almenmonitor.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;

import dk.almenmonitor.imports.DatasetFileProperties;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.synthetic.SyntheticHousingData;
import net.jqwik.api.Example;

/** The evictions reader on arbitrary and near-valid files: read, or refused with reported problems. */
class EvictionDatasetPropertyTests extends DatasetFileProperties {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.EVICTIONS, 8);

    final EvictionDataset dataset = new EvictionDataset(ImportFuzz.texts(), mock(EvictionLoader.class), 20_000);

    /**
     * Found by the property: a required cell of a no-break space (U+00A0) read as missing without an error, and the
     * parse failed on the null (a 500 through the endpoint).
     */
    @Example
    void aRequiredCellOfANoBreakSpaceIsAReportedProblem() {
        ImportRejectedException refused = ImportFuzz.checkParse(dataset,
                "periode;kommunekode;antal\n2013-H1;\u00A0;286\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("kommunekode");
        });
    }

    @Override
    protected String header() {
        return "periode;kommunekode;antal";
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
