package dk.almenmonitor.rent;

import java.math.BigDecimal;
import java.util.List;

import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.indicator.DerivedObservations;
import dk.almenmonitor.shared.DanishFormat;
import org.springframework.stereotype.Component;

/**
 * Publishes a cut-off's low-rent counts as observations of the {@code lav-husleje-boliger} indicator: the period is
 * the cut-off date, one value per housing type ({@code boligtype=familie|ungdom|aeldre}). The source note names the
 * cut-off and the threshold only, so the same figures imported again leave the observations unchanged.
 */
@Component
class LowRentPublisher {

    static final String INDICATOR = "lav-husleje-boliger";

    private final DerivedObservations observations;
    private final ImportTexts texts;

    LowRentPublisher(DerivedObservations observations, ImportTexts texts) {
        this.observations = observations;
        this.texts = texts;
    }

    /** What the indicator made of the counts: created, revised, unchanged. */
    DerivedObservations.Counts publish(RentRepository.CutoffRecord cutoff, String user) {
        String period = cutoff.cutoff().toString();
        List<DerivedObservations.Value> values = List.of(
                new DerivedObservations.Value(period, HousingType.FAMILY.dimension(), BigDecimal.valueOf(cutoff.family())),
                new DerivedObservations.Value(period, HousingType.YOUTH.dimension(), BigDecimal.valueOf(cutoff.youth())),
                new DerivedObservations.Value(period, HousingType.ELDERLY.dimension(),
                        BigDecimal.valueOf(cutoff.elderly())));
        String note = texts.text("rent.observation.note", DanishFormat.date(cutoff.cutoff()),
                DanishFormat.integer(cutoff.threshold()));
        return observations.publish(INDICATOR, values, note, user);
    }
}
