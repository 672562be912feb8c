package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dk.almenmonitor.imports.CurrentImport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a module that derives figures from imported data (rents, BBR units, heat …) feeds an indicator: in the
 * import's own transaction, a value for a new period and dimension is inserted, a changed one is revised (the old
 * value stays in the history), an equal one is left alone — so the same file imported twice changes nothing. The
 * synthetic demo data is not written ({@link CurrentImport}): the seed's figures stay the only real observations.
 */
@Component
public class DerivedObservations {

    /** One derived value: period as the observations import writes it (2016, 2016-H1, 2017-Q1, 2017-01-19). */
    public record Value(String period, String dimension, BigDecimal value) {
    }

    /** How many observations were created, revised or left unchanged. */
    public record Counts(int created, int revised, int unchanged) {
    }

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;

    DerivedObservations(IndicatorRepository indicators, ObservationRepository observations) {
        this.indicators = indicators;
        this.observations = observations;
    }

    /**
     * Writes the values of indicator {@code indicatorCode}; {@code note} names the source (dataset, import, method).
     * An unknown indicator or period is a programming error, not a user's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Counts publish(String indicatorCode, List<Value> values, String note, String user) {
        if (indicators.find(indicatorCode).isEmpty()) {
            throw new IllegalArgumentException("Unknown indicator " + indicatorCode);
        }
        if (CurrentImport.synthetic()) {
            return new Counts(0, 0, values.size()); // synthetic demo data never becomes an observation
        }
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        String source = note == null || note.length() <= ObservationDataset.MAX_NOTE ? note
                : note.substring(0, ObservationDataset.MAX_NOTE);
        int created = 0;
        int revised = 0;
        int unchanged = 0;
        for (Value value : values) {
            ObservationPeriod period = ObservationPeriod.parse(value.period())
                    .orElseThrow(() -> new IllegalArgumentException("Not a period: " + value.period()));
            String dimension = value.dimension() == null || value.dimension().isBlank() ? Dimensions.TOTAL : value.dimension();
            Optional<ObservationRecord> current = observations.find(indicatorCode, period.key(), dimension);
            if (current.isEmpty()) {
                observations.insertIfAbsent(indicatorCode, period, dimension, value.value(), source, user, at);
                created++;
            } else if (current.get().value().compareTo(value.value()) == 0
                    && Objects.equals(current.get().sourceNote(), source)) {
                unchanged++;
            } else {
                observations.revise(current.get(), value.value(), source, user, at);
                revised++;
            }
        }
        return new Counts(created, revised, unchanged);
    }
}
