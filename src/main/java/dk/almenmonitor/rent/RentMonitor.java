package dk.almenmonitor.rent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.chart.BarChart;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.stereotype.Component;

/**
 * The rent monitor's figures for the page and its CSV: the derived rows of a cut-off, filtered on housing type and
 * band, as a table by postal code (a column per band) and as a chart of dwellings per band by housing type.
 */
@Component
class RentMonitor {

    /** The filters: a housing type and a band index, either null for all. */
    record Filter(HousingType type, Integer band) {
        boolean shows(RentRepository.BandCount row) {
            return (type == null || row.housingType() == type) && (band == null || row.band() == band);
        }
    }

    /** A table row: a postal code and its dwellings per shown band, with their total. */
    record PostalRow(int postalCode, List<String> counts, String total) {
    }

    /** A band as shown: index and Danish label. */
    record BandLabel(int index, String label) {
    }

    private final ImportTexts texts;

    RentMonitor(ImportTexts texts) {
        this.texts = texts;
    }

    /** Reads the filter parameters: 400 for an unknown housing type or band. */
    static Filter filter(String type, String band, int bands) {
        HousingType housingType = null;
        if (type != null && !type.isBlank()) {
            try {
                housingType = HousingType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                throw RequestRefused.badRequest("rent.refused.type", type.length() > 20 ? type.substring(0, 20) : type);
            }
        }
        Integer index = null;
        if (band != null && !band.isBlank()) {
            try {
                index = Integer.parseInt(band.strip());
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index < 0 || index >= bands) {
                throw RequestRefused.badRequest("rent.refused.band", band.length() > 20 ? band.substring(0, 20) : band);
            }
        }
        return new Filter(housingType, index);
    }

    List<BandLabel> bandLabels(List<Integer> limits) {
        return RentBands.bands(limits).stream().map(b -> new BandLabel(b.index(), label(b))).toList();
    }

    String label(RentBands.Band band) {
        if (band.from() == null && band.to() == null) {
            return texts.text("rent.band.all");
        }
        if (band.from() == null) {
            return texts.text("rent.band.lowest", DanishFormat.integer(band.to()));
        }
        if (band.to() == null) {
            return texts.text("rent.band.top", DanishFormat.integer(band.from()));
        }
        return texts.text("rent.band.range", DanishFormat.integer(band.from()), DanishFormat.integer(band.to() - 1));
    }

    String typeLabel(HousingType type) {
        return texts.text("rent.type." + type.name());
    }

    /** Dwellings by postal code, a column per shown band. */
    List<PostalRow> table(List<RentRepository.BandCount> rows, Filter filter, int bands) {
        Map<Integer, int[]> byPostalCode = new LinkedHashMap<>();
        for (RentRepository.BandCount row : rows) {
            if (filter.shows(row)) {
                byPostalCode.computeIfAbsent(row.postalCode(), p -> new int[bands])[row.band()] += row.dwellings();
            }
        }
        List<PostalRow> table = new ArrayList<>();
        byPostalCode.forEach((postalCode, counts) -> {
            List<String> shown = new ArrayList<>();
            int total = 0;
            for (int b = 0; b < bands; b++) {
                if (filter.band() == null || filter.band() == b) {
                    shown.add(DanishFormat.integer(counts[b]));
                    total += counts[b];
                }
            }
            table.add(new PostalRow(postalCode, shown, DanishFormat.integer(total)));
        });
        return table;
    }

    /** Dwellings per band (categories) by housing type (series), within the filter. */
    BarChart.Model chart(List<RentRepository.BandCount> rows, Filter filter, List<BandLabel> bands) {
        List<BandLabel> shown = bands.stream().filter(b -> filter.band() == null || filter.band() == b.index()).toList();
        BarChart chart = BarChart.of(texts.text("rent.table.band"), shown.stream().map(BandLabel::label).toList());
        for (HousingType type : HousingType.values()) {
            if (filter.type() != null && filter.type() != type) {
                continue;
            }
            List<Integer> values = new ArrayList<>();
            for (BandLabel band : shown) {
                values.add(rows.stream().filter(r -> r.housingType() == type && r.band() == band.index())
                        .mapToInt(RentRepository.BandCount::dwellings).sum());
            }
            chart.series(typeLabel(type), values);
        }
        return chart.build();
    }
}
