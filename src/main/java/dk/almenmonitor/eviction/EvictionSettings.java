package dk.almenmonitor.eviction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which municipality's evictions are the agreement's ({@code almen.housing.evictions.municipality}, default 101 =
 * København; {@code 0101} is read the same) and its target: at most 457 evictions in 2017.
 */
@Component
class EvictionSettings {

    static final int TARGET = 457;
    static final int TARGET_YEAR = 2017;

    private final int municipality;

    EvictionSettings(@Value("${almen.housing.evictions.municipality:0101}") String municipality) {
        String m = municipality == null ? "" : municipality.strip();
        if (!m.matches("\\d{1,4}") || Integer.parseInt(m) < 1 || Integer.parseInt(m) > 999) {
            throw new IllegalArgumentException("almen.housing.evictions.municipality must be a municipality code "
                    + "such as 0101, not " + municipality);
        }
        this.municipality = Integer.parseInt(m);
    }

    int municipality() {
        return municipality;
    }

    /** The code as Danmarks Statistik writes it: four digits ({@code 0101}). */
    String code() {
        return String.format("%04d", municipality);
    }
}
