package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current value and source of one observation, for a module that derives observations and must decide whether
 * its value may revise one from another source (e.g. a figure of the seed memo).
 */
@Service
@Transactional(readOnly = true)
public class ObservationLookup {

    /** The observation's current value, its source note and who imported it. */
    public record Current(BigDecimal value, String sourceNote, String importedBy) {
    }

    private final ObservationRepository observations;

    ObservationLookup(ObservationRepository observations) {
        this.observations = observations;
    }

    /**
     * The observation of the indicator in the period ({@code 2016}, {@code 2016-H1}, {@code 2016-12-31}) and dimension
     * (null or empty for the total, else canonical, e.g. {@code boligtype=familie}); empty when there is none.
     */
    public Optional<Current> find(String indicatorCode, String period, String dimension) {
        return observations.find(indicatorCode, period, dimension == null ? Dimensions.TOTAL : dimension)
                .map(o -> new Current(o.value(), o.sourceNote(), o.importedBy()));
    }
}
