package dk.almenmonitor.housing;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import dk.almenmonitor.imports.DatasetFileProperties;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.synthetic.SyntheticHousingData;

/**
 * The departments reader on arbitrary and near-valid files: its rows are checked while the load streams them into
 * the staging table, so the load runs against stubbed repositories and a COPY that goes nowhere. Read, or refused
 * with reported problems.
 */
class DepartmentDatasetPropertyTests extends DatasetFileProperties {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.DEPARTMENTS, 8);

    final DepartmentDataset dataset = new DepartmentDataset(repository(), ImportFuzz.bulk(), ImportFuzz.texts(),
            20_000);

    static DepartmentRepository repository() {
        DepartmentRepository departments = mock(DepartmentRepository.class);
        when(departments.mergeStaging()).thenReturn(new int[] {0, 0, 0});
        return departments;
    }

    @Override
    protected String header() {
        return String.join(";", SyntheticHousingData.columns(SyntheticHousingData.DEPARTMENTS));
    }

    @Override
    protected String validFile() {
        return VALID;
    }

    @Override
    protected ImportRejectedException read(byte[] content) {
        return ImportFuzz.checkLoad(dataset, content, Map.of());
    }
}
