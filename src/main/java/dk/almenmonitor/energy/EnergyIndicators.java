package dk.almenmonitor.energy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.indicator.DerivedObservations;
import org.springframework.stereotype.Component;

/**
 * The indicator observations the energy figures feed, published in the import's transaction:
 * {@code energimaerke-e-g-andel} (per year: the share E–G among the labels valid on 31 December, or on the extract's
 * date in its own year) and {@code varmeforbrug-m2} (per year: the sector's degree-day normalised kWh/m²; a year
 * without degree days gives none).
 */
@Component
class EnergyIndicators {

    static final String LABEL_SHARE = "energimaerke-e-g-andel";
    static final String HEAT = "varmeforbrug-m2";

    private final DerivedObservations observations;
    private final EnergyTexts texts;

    EnergyIndicators(DerivedObservations observations, EnergyTexts texts) {
        this.observations = observations;
        this.texts = texts;
    }

    Object publishLabelShares(List<EnergyLabelRepository.Year> years, String user) {
        List<DerivedObservations.Value> values = new ArrayList<>();
        for (EnergyLabelRepository.Year y : years) {
            BigDecimal share = EnergyLabelRepository.share(y.eOrWorse(), y.labelled());
            if (share != null) {
                values.add(new DerivedObservations.Value(String.valueOf(y.year()), null, share));
            }
        }
        return observations.publish(LABEL_SHARE, values, texts.text("energy.indicator.labelsNote"), user);
    }

    Object publishHeat(List<HeatRepository.Sector> sectors, String user) {
        List<DerivedObservations.Value> values = new ArrayList<>();
        for (HeatRepository.Sector s : sectors) {
            if (s.kwhPerM2Normalised() != null) {
                values.add(new DerivedObservations.Value(String.valueOf(s.year()), null, s.kwhPerM2Normalised()));
            }
        }
        return observations.publish(HEAT, values, texts.text("energy.indicator.heatNote"), user);
    }
}
