package dk.almenmonitor.citylevel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settings of the københavnerniveau (docs/domain.md "Københavnerniveau"):
 * <ul>
 * <li>{@code almen.citylevel.city-code} (default {@code KBH}): the area code under which the {@code area-indicators}
 * dataset gives the city's value. Our rule: the city is the whole municipality, values as imported, not derived
 * from the areas;</li>
 * <li>{@code almen.citylevel.baseline-year} (default 2016, the last year before the policy's start in 2017): the
 * year of the gap that is to be halved;</li>
 * <li>the policy's end year 2025 and its rule, at least 3 of the 5 criteria halved.</li>
 * </ul>
 */
@Component
class CityLevelSettings {

    static final int POLICY_END_YEAR = 2025;
    static final int REQUIRED_HALVED = 3;

    private final String cityCode;
    private final int baselineYear;

    CityLevelSettings(@Value("${almen.citylevel.city-code:KBH}") String cityCode,
                      @Value("${almen.citylevel.baseline-year:2016}") int baselineYear) {
        String c = cityCode == null ? "" : cityCode.strip();
        if (c.isEmpty() || c.length() > 40) {
            throw new IllegalArgumentException("almen.citylevel.city-code must be a code of 1 to 40 characters");
        }
        if (baselineYear < 1990 || baselineYear >= POLICY_END_YEAR) {
            throw new IllegalArgumentException("almen.citylevel.baseline-year must lie between 1990 and 2024, not "
                    + baselineYear);
        }
        this.cityCode = c;
        this.baselineYear = baselineYear;
    }

    String cityCode() {
        return cityCode;
    }

    int baselineYear() {
        return baselineYear;
    }
}
