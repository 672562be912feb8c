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

    /**
     * The report's details: {@code shares} and {@code observations} counts and the figures themselves. Each figure is
     * published with the note of the figure as stored: a figure left unchanged keeps the import it first came from, so
     * its observation (value and note) stays as it is too.
     */
    Map<String, Object> record(List<ShareView> figures, ShareMethod method, String user) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int observationsCreated = 0;
        int observationsRevised = 0;
        int observationsUnchanged = 0;
        List<Map<String, Object>> listed = new ArrayList<>();
        for (ShareView figure : figures) {
            switch (shares.upsert(figure)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            ShareView stored = shares.find(figure.municipalityCode(), figure.cutoff(), figure.methodCode()).orElseThrow();
            DerivedObservations.Counts published = observations.publish(INDICATOR, List.of(new DerivedObservations.Value(
                    stored.cutoff().toString(), null, stored.sharePct())), note(stored), user);
            observationsCreated += published.created();
            observationsRevised += published.revised();
            observationsUnchanged += published.unchanged();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("cutoff", figure.cutoff().toString());
            one.put("almene", figure.almene());
            one.put("dwellings", figure.dwellings());
            one.put("sharePct", figure.sharePct());
            listed.add(one);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", method.name());
        details.put("municipalityCode", figures.isEmpty() ? null : figures.get(0).municipalityCode());
        details.put("figures", listed);
        details.put("shares", new Counts(created, updated, unchanged));
        details.put("observations", new DerivedObservations.Counts(observationsCreated, observationsRevised,
                observationsUnchanged));
        return details;
    }

    /** The observation's note: method, source, file and import of the stored figure. */
    String note(ShareView stored) {
        return texts.text("stock.note", texts.text(stored.methodCode().messageKey()), stored.source(),
                stored.fileName() == null ? "–" : stored.fileName(), stored.importId());
    }
}
