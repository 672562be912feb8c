package dk.almenmonitor.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The readers of the areas and the area-criteria files on arbitrary and near-valid files: read, or refused with
 * reported problems. The stored areas are one housing area and one urban area.
 */
class AreaDatasetsPropertyTests {

    static final String AREAS = """
            omraade_kode;omraade_navn;type;kommunekode;afdelinger
            MJOELNERPARKEN;Mjølnerparken;boligomraade;0101;1001-3, 1001-4
            TEST-BY;Test by;byomraade;101;
            NYT;Nyt område;byomraade;0147;1002-1 1002-2
            """;
    static final String CRITERIA = """
            aar;omraade_kode;omraade_navn;kommunekode;beboere;ikke_vestlige_pct;uden_for_pct;doemte_pct;doemte_landsgns_pct;grundskole_pct;indkomst_pct
            2016;NYT-OMRAADE;Nyt område;0101;1200;55,0;45;2;1;40;50
            2016;MJOELNERPARKEN;Mjølnerparken;0101;1750;60;48;3;1;56;45
            2017;MJOELNERPARKEN;Mjølnerparken;0101;..;61,5;47;2,9;1;55;44
            """;

    final AreaRepository areas = mock(AreaRepository.class);
    final AreaDataset areaDataset = new AreaDataset(ImportFuzz.texts(), areas);
    final CriteriaDataset criteria = new CriteriaDataset(ImportFuzz.texts(), mock(CriteriaLoader.class), areas, 100_000);

    AreaDatasetsPropertyTests() {
        Area housing = new Area("MJOELNERPARKEN", "Mjølnerparken", AreaKind.HOUSING_AREA, 101);
        Area urban = new Area("TEST-BY", "Test by", AreaKind.URBAN_AREA, 101);
        when(areas.find("MJOELNERPARKEN")).thenReturn(Optional.of(housing));
        when(areas.find("TEST-BY")).thenReturn(Optional.of(urban));
        when(areas.all()).thenReturn(List.of(housing, urban));
    }

    @Example
    void theValidFilesAreRead() {
        assertThat(ImportFuzz.checkParse(areaDataset, AREAS.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(ImportFuzz.checkParse(criteria, CRITERIA.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    /** A required number of a no-break space (U+00A0) failed the parse on a null (a 500 through the endpoint). */
    @Example
    void aRequiredNumberOfANoBreakSpaceIsAReportedProblem() {
        ImportRejectedException areasRefused = ImportFuzz.checkParse(areaDataset,
                "omraade_kode;omraade_navn;type;kommunekode\nNYT;Nyt;byomraade;\u00A0\n".getBytes(StandardCharsets.UTF_8));
        ImportRejectedException criteriaRefused = ImportFuzz.checkParse(criteria, (CRITERIA.lines().findFirst()
                .orElseThrow() + "\n\u00A0;NYT;Nyt;0101;1200;55;45;2;1;40;50\n").getBytes(StandardCharsets.UTF_8));

        assertThat(areasRefused.problems()).singleElement().extracting(p -> p.row() + " " + p.column())
                .isEqualTo("2 kommunekode");
        assertThat(criteriaRefused.problems()).singleElement().extracting(p -> p.row() + " " + p.column())
                .isEqualTo("2 aar");
    }

    @Property(tries = 200)
    void arbitraryBytesAreReadOrRefused(@ForAll("areaBytes") byte[] areaFile, @ForAll("criteriaBytes") byte[] criteriaFile) {
        ImportFuzz.checkParse(areaDataset, areaFile);
        ImportFuzz.checkParse(criteria, criteriaFile);
    }

    @Property(tries = 400)
    void nearValidAreaFilesAreReadOrRefused(@ForAll("nearValidAreas") byte[] content) {
        ImportFuzz.checkParse(areaDataset, content);
    }

    @Property(tries = 400)
    void nearValidCriteriaFilesAreReadOrRefused(@ForAll("nearValidCriteria") byte[] content) {
        ImportFuzz.checkParse(criteria, content);
    }

    @Provide
    Arbitrary<byte[]> areaBytes() {
        return ImportFuzz.bytes(AREAS.lines().findFirst().orElseThrow());
    }

    @Provide
    Arbitrary<byte[]> criteriaBytes() {
        return ImportFuzz.bytes(CRITERIA.lines().findFirst().orElseThrow());
    }

    @Provide
    Arbitrary<byte[]> nearValidAreas() {
        return ImportFuzz.nearValid(AREAS);
    }

    @Provide
    Arbitrary<byte[]> nearValidCriteria() {
        return ImportFuzz.nearValid(CRITERIA);
    }
}
