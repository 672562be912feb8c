package dk.almenmonitor.eviction;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.indicator.DerivedObservations;
import dk.almenmonitor.indicator.ObservationLookup;
import dk.almenmonitor.shared.DanishFormat;
import org.springframework.stereotype.Component;

/**
 * Stores a validated evictions file in the import's transaction: the periods it names are added or replaced (the
 * others kept), the figures recomputed, and the configured municipality's years and half-years published as
 * observations of {@code udsaettelser}. An observation from another source (the seed memo's 538, 474, 361 and 141,
 * or one imported by hand) is never revised by a derived value: it is kept and the import warns when the file says
 * otherwise. Observations this dataset published itself are revised.
 */
@Component
class EvictionLoader {

    static final String INDICATOR = "udsaettelser";
    /** The key of the derived observations' source note; the same for every import, so an equal value stays unchanged. */
    static final String NOTE_KEY = "eviction.observation.note";

    /** Counts of the file's rows: created, updated and unchanged. */
    record Counts(int created, int updated, int unchanged) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    private final EvictionRepository repository;
    private final EvictionSettings settings;
    private final DerivedObservations observations;
    private final ObservationLookup lookup;
    private final ImportTexts texts;

    EvictionLoader(EvictionRepository repository, EvictionSettings settings, DerivedObservations observations,
                   ObservationLookup lookup, ImportTexts texts) {
        this.repository = repository;
        this.settings = settings;
        this.observations = observations;
        this.lookup = lookup;
        this.texts = texts;
    }

    LoadedImport load(EvictionDataset.Parsed parsed, String user) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (EvictionDataset.Row row : parsed.rows()) {
            Optional<Integer> current = repository.count(row.period(), row.municipality());
            if (current.isPresent() && current.get() == row.evictions()) {
                unchanged++;
                continue;
            }
            if (current.isEmpty()) {
                created++;
            } else {
                updated++;
            }
            repository.save(row, parsed.importId(), parsed.fileName(), user, at);
        }
        repository.derive();
        int municipality = settings.municipality();
        List<String> warnings = new ArrayList<>();
        for (int[] y : repository.inconsistentYears(municipality)) {
            warnings.add(texts.text("eviction.import.halvesDiffer", String.valueOf(y[0]), DanishFormat.integer(y[1]),
                    DanishFormat.integer(y[2])));
        }
        List<DerivedObservations.Value> values = new ArrayList<>();
        int kept = 0;
        for (EvictionRepository.Figure f : repository.figures(municipality)) {
            BigDecimal value = BigDecimal.valueOf(f.evictions());
            Optional<ObservationLookup.Current> existing = lookup.find(INDICATOR, f.period(), null);
            if (existing.isPresent() && !texts.text(NOTE_KEY).equals(existing.get().sourceNote())) {
                if (existing.get().value().compareTo(value) != 0) {
                    kept++;
                    warnings.add(texts.text("eviction.import.keptOtherSource", f.period(),
                            DanishFormat.integer(f.evictions()), DanishFormat.number(existing.get().value(), 0),
                            String.valueOf(existing.get().sourceNote())));
                }
                continue;
            }
            values.add(new DerivedObservations.Value(f.period(), null, value));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("counts", new Counts(created, updated, unchanged));
        details.put("municipality", settings.code());
        details.put("observations", observations.publish(INDICATOR, values, texts.text(NOTE_KEY), user));
        details.put("keptFromOtherSource", kept);
        return new LoadedImport(details, warnings);
    }
}
