package dk.almenmonitor.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.synthetic.SyntheticHousingData;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The departments reader on arbitrary and near-valid files: its rows are checked while the load streams them into
 * the staging table, so the load runs against stubbed repositories and a COPY that goes nowhere. Read, or refused
 * with reported problems.
 */
class DepartmentDatasetPropertyTests {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.DEPARTMENTS, 8);

    final DepartmentDataset dataset = new DepartmentDataset(repository(), ImportFuzz.bulk(), ImportFuzz.texts(),
            20_000);

    static DepartmentRepository repository() {
        DepartmentRepository departments = mock(DepartmentRepository.class);
        when(departments.mergeStaging()).thenReturn(new int[] {0, 0, 0});
        return departments;
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
        return ImportFuzz.bytes(String.join(";", SyntheticHousingData.columns(SyntheticHousingData.DEPARTMENTS)));
    }

    @Provide
    Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(VALID);
    }
}
