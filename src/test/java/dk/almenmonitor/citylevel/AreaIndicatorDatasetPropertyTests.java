package dk.almenmonitor.citylevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dk.almenmonitor.area.Area;
import dk.almenmonitor.area.AreaKind;
import dk.almenmonitor.area.Areas;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The area-indicators reader on arbitrary and near-valid files: read, or refused with reported problems. One urban
 * area ({@code TEST-BY}) and one housing area are registered; the city code is {@code KBH}.
 */
class AreaIndicatorDatasetPropertyTests {

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

    @Example
    void theValidFileIsRead() {
        assertThat(ImportFuzz.checkParse(dataset, VALID.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    /** A required year of a no-break space (U+00A0) failed the parse on a null (a 500 through the endpoint). */
    @Example
    void aRequiredYearOfANoBreakSpaceIsAReportedProblem() {
        ImportRejectedException refused = ImportFuzz.checkParse(dataset,
                "omraade_kode;aar;indikator;vaerdi\nKBH;\u00A0;lav_indkomst;19,6\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.problems()).singleElement().extracting(p -> p.row() + " " + p.column()).isEqualTo("2 aar");
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
        return ImportFuzz.bytes("omraade_kode;aar;indikator;vaerdi");
    }

    @Provide
    Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(VALID);
    }
}
