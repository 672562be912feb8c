package dk.almenmonitor.newbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;

import dk.almenmonitor.imports.DatasetFileProperties;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.synthetic.SyntheticHousingData;
import net.jqwik.api.Example;

/** The new-build reader on arbitrary and near-valid files: read, or refused with reported problems. */
class NewbuildDatasetPropertyTests extends DatasetFileProperties {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.NEWBUILD, 6);

    final NewbuildDataset dataset = new NewbuildDataset(ImportFuzz.texts(), mock(NewbuildLoader.class), 20_000, 50);

    /** Found by the property: a required number of a no-break space (U+00A0) failed the parse on a null. */
    @Example
    void aRequiredNumberOfANoBreakSpaceIsAReportedProblem() {
        String header = String.join(";", SyntheticHousingData.columns(SyntheticHousingData.NEWBUILD));
        String file = header + "\nNB-2015-0001;\u00A0;Ravnevangen;1050;familie;59;0;nej;2015-02-03;2015-11-07;2018-08-10\n";

        ImportRejectedException refused = ImportFuzz.checkParse(dataset, file.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("organisationsnr");
        });
    }

    @Override
    protected String header() {
        return String.join(";", SyntheticHousingData.columns(SyntheticHousingData.NEWBUILD));
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
