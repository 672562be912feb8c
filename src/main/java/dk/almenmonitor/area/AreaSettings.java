package dk.almenmonitor.area;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whose areas are counted for the "reduce by a third" goal ({@code almen.area.municipality}, default 101 =
 * København; {@code 0101} is read the same).
 */
@Component
class AreaSettings {

    private final int municipality;

    AreaSettings(@Value("${almen.area.municipality:0101}") String municipality) {
        String m = municipality == null ? "" : municipality.strip();
        if (!m.matches("\\d{1,4}") || Integer.parseInt(m) < 1 || Integer.parseInt(m) > 999) {
            throw new IllegalArgumentException("almen.area.municipality must be a municipality code such as 0101, not "
                    + municipality);
        }
        this.municipality = Integer.parseInt(m);
    }

    int municipality() {
        return municipality;
    }
}
