package dk.almenmonitor.indicator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores validated observation rows in one transaction; a changed value is revised with the old one kept. */
@Component
class ObservationWriter {

    private final ObservationRepository observations;

    ObservationWriter(ObservationRepository observations) {
        this.observations = observations;
    }

    @Transactional
    ObservationDataset.Counts write(List<ObservationDataset.Row> rows, String user, ObservationDataset.Existing existing) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        int created = 0;
        int revised = 0;
        int unchanged = 0;
        for (ObservationDataset.Row row : rows) {
            Optional<ObservationRecord> current = observations.find(row.indicator(), row.period().key(), row.dimension());
            if (current.isEmpty()) {
                observations.insertIfAbsent(row.indicator(), row.period(), row.dimension(), row.value(), row.note(), user, at);
                created++;
            } else if (existing == ObservationDataset.Existing.KEEP
                    || current.get().value().compareTo(row.value()) == 0
                    && Objects.equals(current.get().sourceNote(), row.note())) {
                unchanged++;
            } else {
                observations.revise(current.get(), row.value(), row.note(), user, at);
                revised++;
            }
        }
        return new ObservationDataset.Counts(created, revised, unchanged);
    }
}
