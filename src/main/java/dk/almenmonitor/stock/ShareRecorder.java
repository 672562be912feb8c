package dk.almenmonitor.stock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.indicator.DerivedObservations;
import org.springframework.stereotype.Component;

/**
 * Stores the shares an import derived and publishes them as observations of the indicator
 * {@value #INDICATOR} (period = the cut-off date, no dimension), in the import's transaction; the observation's note
 * names the method, the source and the import.
 */
@Component
class ShareRecorder {

    static final String INDICATOR = "almene-boliger-andel";

    /** How many figures were created, replaced (other counts) or left unchanged. */
    record Counts(int created, int updated, int unchanged) {
    }

    private final StockShareRepository shares;
    private final DerivedObservations observations;
    private final ImportTexts texts;

    ShareRecorder(StockShareRepository shares, DerivedObservations observations, ImportTexts texts) {
        this.shares = shares;
        this.observations = observations;
        this.texts = texts;
    }

    /** The report's details: {@code shares} and {@code observations} counts and the figures themselves. */
    Map<String, Object> record(List<ShareView> figures, ShareMethod method, String fileName, String user) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<DerivedObservations.Value> values = new ArrayList<>();
        List<Map<String, Object>> listed = new ArrayList<>();
        for (ShareView figure : figures) {
            switch (shares.upsert(figure)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            values.add(new DerivedObservations.Value(figure.cutoff().toString(), null, figure.sharePct()));
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("cutoff", figure.cutoff().toString());
            one.put("almene", figure.almene());
            one.put("dwellings", figure.dwellings());
            one.put("sharePct", figure.sharePct());
            listed.add(one);
        }
        String note = texts.text("stock.note", texts.text(method.messageKey()), texts.text(method.sourceKey()),
                fileName == null ? "–" : fileName, figures.isEmpty() ? "–" : figures.get(0).importId());
        DerivedObservations.Counts published = observations.publish(INDICATOR, values, note, user);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", method.name());
        details.put("municipalityCode", figures.isEmpty() ? null : figures.get(0).municipalityCode());
        details.put("figures", listed);
        details.put("shares", new Counts(created, updated, unchanged));
        details.put("observations", published);
        return details;
    }
}
