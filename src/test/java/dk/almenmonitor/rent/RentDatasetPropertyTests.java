package dk.almenmonitor.rent;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.imports.DatasetFileProperties;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.synthetic.SyntheticHousingData;

/**
 * The rent reader on arbitrary and near-valid files: its rows are read and checked on the feeding thread
 * ({@link RentFeed}, {@link RentFile}) while the load copies them into PostgreSQL, so the load runs against stubbed
 * repositories and a COPY that goes nowhere. Read, or refused with reported problems.
 */
class RentDatasetPropertyTests extends DatasetFileProperties {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.RENTS, 8);

    final RentDataset dataset = new RentDataset(repository(), ImportFuzz.bulk(), ImportFuzz.texts(),
            new RentBands("3500,4500,5500,6500,7500", 3500), mock(LowRentPublisher.class), mock(Departments.class),
            20_000);

    static RentRepository repository() {
        RentRepository rents = mock(RentRepository.class);
        when(rents.compare(any(), anyInt())).thenReturn(new RentRepository.Comparison(0, 0, 0, 0));
        when(rents.cutoff(any())).thenAnswer(call -> Optional.of(new RentRepository.CutoffRecord(
                call.getArgument(0, LocalDate.class), UUID.randomUUID(), "fuzz.csv", "fuzz", OffsetDateTime.now(), 0,
                List.of(3500, 4500, 5500, 6500, 7500), 3500, 0, 0, 0)));
        return rents;
    }

    @Override
    protected String header() {
        return String.join(";", SyntheticHousingData.columns(SyntheticHousingData.RENTS));
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
