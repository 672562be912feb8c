package dk.almenmonitor.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.synthetic.SyntheticHousingData;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The heat reader on arbitrary and near-valid files: its rows are checked while the load streams them into the
 * staging table, so the load runs against stubbed repositories and a COPY that goes nowhere. Read, or refused with
 * reported problems.
 */
class HeatDatasetPropertyTests {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.HEAT, 8);

    final HeatDataset dataset = new HeatDataset(repository(), ImportFuzz.bulk(), mock(Departments.class),
            mock(HeatDerivation.class), ImportFuzz.texts(), 20_000);

    static HeatRepository repository() {
        HeatRepository heat = mock(HeatRepository.class);
        when(heat.counts()).thenReturn(new HeatRepository.Counts(0, 0, 0, 0));
        return heat;
    }

    @Example
    void theValidFileIsRead() {
        assertThat(ImportFuzz.checkLoad(dataset, VALID.getBytes(StandardCharsets.UTF_8), Map.of())).isNull();
    }

    @Property(tries = 200)
    void arbitraryBytesAreReadOrRefused(@ForAll("bytes") byte[] content) {
        ImportFuzz.checkLoad(dataset, content, Map.of());
    }

    @Property(tries = 400)
    void nearValidFilesAreReadOrRefused(@ForAll("nearValid") byte[] content) {
        ImportFuzz.checkLoad(dataset, content, Map.of());
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return ImportFuzz.bytes(String.join(";", SyntheticHousingData.columns(SyntheticHousingData.HEAT)));
    }

    @Provide
    Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(VALID);
    }
}
