package dk.almenmonitor.energy;

import java.math.BigDecimal;
import java.util.Collection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recomputes the heat figures of some years (after a heat or a degree-days import, in its transaction) and publishes
 * the sector's normalised kWh/m² to {@code varmeforbrug-m2}. The hot-water share h is the setting
 * {@code almen.heat.hot-water-share} (default 0,25, between 0 and 1); each year's figures keep the h they were computed
 * with.
 */
@Component
class HeatDerivation {

    private final HeatRepository heat;
    private final EnergyIndicators indicators;
    private final BigDecimal hotWaterShare;

    HeatDerivation(HeatRepository heat, EnergyIndicators indicators,
                   @Value("${almen.heat.hot-water-share:0.25}") BigDecimal hotWaterShare) {
        if (hotWaterShare.signum() < 0 || hotWaterShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("almen.heat.hot-water-share must be between 0 and 1: " + hotWaterShare);
        }
        this.heat = heat;
        this.indicators = indicators;
        this.hotWaterShare = hotWaterShare;
    }

    BigDecimal hotWaterShare() {
        return hotWaterShare;
    }

    /** Derives the years that have heat figures among {@code years}; the observations published. */
    Object derive(Collection<Integer> years, String user) {
        for (int year : years) {
            BigDecimal degreeDays = heat.degreeDays(year).orElse(null);
            heat.derive(year, degreeDays, hotWaterShare, HeatNormalisation.factor(degreeDays, hotWaterShare));
        }
        return indicators.publishHeat(heat.sectors(), user);
    }
}
