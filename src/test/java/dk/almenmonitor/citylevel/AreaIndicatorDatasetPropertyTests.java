package dk.almenmonitor.citylevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dk.almenmonitor.area.Area;
import dk.almenmonitor.area.AreaKind;
import dk.almenmonitor.area.Areas;
import dk.almenmonitor.imports.DatasetFileProperties;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import net.jqwik.api.Example;

/**
 * The area-indicators reader on arbitrary and near-valid files: read, or refused with reported problems. One urban
 * area ({@code TEST-BY}) and one housing area are registered; the city code is {@code KBH}.
 */
class AreaIndicatorDatasetPropertyTests extends DatasetFileProperties {

    static final String VALID = """
            omraade_kode;aar;indikator;vaerdi
            TEST-BY;2016;uden_for_arbejdsmarkedet;30,5
            TEST-BY;2016;boligareal_pr_beboer;34,2
            test-by;2017;uden_uddannelse;..
            KBH;2017;lav_indkomst;19,6
            """;

    final AreaIndicatorDataset dataset;

    AreaIndicatorDatasetPropertyTests() {
        Areas areas = mock(Areas.class);
        when(areas.find("TEST-BY")).thenReturn(Optional.of(new Area("TEST-BY", "Test by", AreaKind.URBAN_AREA, 101)));
        when(areas.find("MJOELNERPARKEN")).thenReturn(Optional.of(new Area("MJOELNERPARKEN", "Mjølnerparken",
                AreaKind.HOUSING_AREA, 101)));
        dataset = new AreaIndicatorDataset(ImportFuzz.texts(), areas, new CityLevelSettings("KBH", 2016),
                mock(CityLevelRepository.class), 50_000);
    }

    /** A required year of a no-break space (U+00A0) failed the parse on a null (a 500 through the endpoint). */
    @Example
    void aRequiredYearOfANoBreakSpaceIsAReportedProblem() {
        ImportRejectedException refused = ImportFuzz.checkParse(dataset,
                "omraade_kode;aar;indikator;vaerdi\nKBH;\u00A0;lav_indkomst;19,6\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.problems()).singleElement().extracting(p -> p.row() + " " + p.column()).isEqualTo("2 aar");
    }

    @Override
    protected String header() {
        return "omraade_kode;aar;indikator;vaerdi";
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
