package dk.almenmonitor.opcost;

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
 * The operating-cost reader on arbitrary and near-valid files: its rows are checked while the load streams them into
 * the staging table, so the load runs against stubbed repositories and a COPY that goes nowhere. Read, or refused
 * with reported problems.
 */
class OperatingCostDatasetPropertyTests {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.OPERATING_COSTS, 8);

    final OperatingCostDataset dataset = new OperatingCostDataset(new OperatingCostLoad(repository(),
            ImportFuzz.bulk(), mock(Departments.class), mock(OperatingCostIndicator.class)), ImportFuzz.texts(),
            20_000, 40);

    static OperatingCostRepository repository() {
        OperatingCostRepository costs = mock(OperatingCostRepository.class);
        when(costs.compare()).thenReturn(new OperatingCostRepository.Counts(0, 0, 0, 0));
        return costs;
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
        return ImportFuzz.bytes(String.join(";", SyntheticHousingData.columns(SyntheticHousingData.OPERATING_COSTS)));
    }

    @Provide
    Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(VALID);
    }
}
