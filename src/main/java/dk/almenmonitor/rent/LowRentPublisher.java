package dk.almenmonitor.rent;

import org.springframework.stereotype.Component;

/** Publishes a cut-off's low-rent counts as observations of the {@code lav-husleje-boliger} indicator. */
@Component
class LowRentPublisher {

    static final String INDICATOR = "lav-husleje-boliger";

    /** What the indicator made of the counts (created, revised, unchanged). */
    Object publish(RentRepository.CutoffRecord cutoff, String user) {
        return null; // wired to indicator.DerivedObservations when it lands
    }
}
