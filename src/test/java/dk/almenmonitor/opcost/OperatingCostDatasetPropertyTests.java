package dk.almenmonitor.opcost;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.imports.DatasetFileProperties;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.synthetic.SyntheticHousingData;

/**
 * The operating-cost reader on arbitrary and near-valid files: its rows are checked while the load streams them into
 * the staging table, so the load runs against stubbed repositories and a COPY that goes nowhere. Read, or refused
 * with reported problems.
 */
class OperatingCostDatasetPropertyTests extends DatasetFileProperties {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.OPERATING_COSTS, 8);

    final OperatingCostDataset dataset = new OperatingCostDataset(new OperatingCostLoad(repository(),
            ImportFuzz.bulk(), mock(Departments.class), mock(OperatingCostIndicator.class)), ImportFuzz.texts(),
            20_000, 40);

    static OperatingCostRepository repository() {
        OperatingCostRepository costs = mock(OperatingCostRepository.class);
        when(costs.compare()).thenReturn(new OperatingCostRepository.Counts(0, 0, 0, 0));
        return costs;
    }

    @Override
    protected String header() {
        return String.join(";", SyntheticHousingData.columns(SyntheticHousingData.OPERATING_COSTS));
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
