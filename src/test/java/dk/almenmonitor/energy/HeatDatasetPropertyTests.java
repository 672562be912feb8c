package dk.almenmonitor.energy;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.imports.DatasetFileProperties;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.synthetic.SyntheticHousingData;

/**
 * The heat reader on arbitrary and near-valid files: its rows are checked while the load streams them into the
 * staging table, so the load runs against stubbed repositories and a COPY that goes nowhere. Read, or refused with
 * reported problems.
 */
class HeatDatasetPropertyTests extends DatasetFileProperties {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.HEAT, 8);

    final HeatDataset dataset = new HeatDataset(repository(), ImportFuzz.bulk(), mock(Departments.class),
            mock(HeatDerivation.class), ImportFuzz.texts(), 20_000);

    static HeatRepository repository() {
        HeatRepository heat = mock(HeatRepository.class);
        when(heat.counts()).thenReturn(new HeatRepository.Counts(0, 0, 0, 0));
        return heat;
    }

    @Override
    protected String header() {
        return String.join(";", SyntheticHousingData.columns(SyntheticHousingData.HEAT));
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
