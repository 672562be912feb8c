package dk.almenmonitor.opcost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.indicator.DerivedObservations;
import org.springframework.stereotype.Component;

/**
 * Feeds the indicator {@code driftsudgifter-m2} (linked to the goal on efficient operation): the sector median of the
 * departments' total kr./m² per year, in the import's transaction. Where the indicator does not exist (no seed
 * indicators without demo data) nothing is published. The note is the same for every import, so a file imported
 * twice changes no observation.
 */
@Component
class OperatingCostIndicator {

    static final String INDICATOR = "driftsudgifter-m2";

    private final OperatingCostRepository repository;
    private final DerivedObservations observations;
    private final ImportTexts texts;

    OperatingCostIndicator(OperatingCostRepository repository, DerivedObservations observations, ImportTexts texts) {
        this.repository = repository;
        this.observations = observations;
        this.texts = texts;
    }

    /** The counts of observations created, revised and unchanged; null when the indicator does not exist. */
    DerivedObservations.Counts publish(List<Integer> years, String user) {
        if (!observations.knows(INDICATOR)) {
            return null;
        }
        List<DerivedObservations.Value> values = repository.sectorMedians(years).stream()
                .map((Map.Entry<Integer, BigDecimal> e) -> new DerivedObservations.Value(String.valueOf(e.getKey()),
                        null, e.getValue()))
                .toList();
        return observations.publish(INDICATOR, values, texts.text("opcost.indicator.note"), user);
    }
}
