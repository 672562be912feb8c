package dk.almenmonitor.opcost;

import java.util.List;

import org.springframework.stereotype.Component;

/** PLACEHOLDER until indicator.DerivedObservations lands. */
@Component
class OperatingCostIndicator {

    private final OperatingCostRepository repository;

    OperatingCostIndicator(OperatingCostRepository repository) {
        this.repository = repository;
    }

    void publish(List<Integer> years) {
        repository.sectorMedians(years);
    }
}
