package dk.almenmonitor.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads indicators, observations and targets for the module's API and pages. */
@Service
@Transactional(readOnly = true)
class IndicatorQueries {

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final TargetRepository targets;

    IndicatorQueries(IndicatorRepository indicators, ObservationRepository observations, TargetRepository targets) {
        this.indicators = indicators;
        this.observations = observations;
        this.targets = targets;
    }

    List<IndicatorView> indicators() {
        return indicators.findAll();
    }

    Optional<IndicatorView> indicator(String code) {
        return indicators.find(code);
    }

    List<ObservationRecord> records(String code) {
        return observations.findByIndicator(code);
    }

    /** The indicator's observations with their earlier values, by period end. */
    List<ObservationView> observations(String code) {
        Map<Long, List<ObservationView.Revision>> revisions = observations.revisions(code);
        return records(code).stream().map(o -> new ObservationView(o.indicator(), o.period().key(), o.period().from(),
                o.period().to(), o.period().precision(), Dimensions.asMap(o.dimension()), o.value(), o.sourceNote(),
                o.importedBy(), o.importedAt(), o.version(), revisions.getOrDefault(o.id(), List.of()))).toList();
    }

    Optional<TargetView> target(long goalId, java.time.LocalDate asOf) {
        return targets.findInForce(goalId, asOf);
    }

    List<String> indicatorsOf(long goalId) {
        return targets.indicatorsOf(goalId);
    }

    List<Long> linkedGoals() {
        return targets.linkedGoals();
    }
}
