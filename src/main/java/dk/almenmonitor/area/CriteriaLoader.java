package dk.almenmonitor.area;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dk.almenmonitor.imports.CurrentImport;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.indicator.DerivedObservations;
import dk.almenmonitor.indicator.ObservationLookup;
import dk.almenmonitor.shared.DanishFormat;
import org.springframework.stereotype.Component;

/**
 * Stores a validated criteria file in the import's transaction (docs/domain.md, the area rules): a file replaces the
 * list years it names (an area of such a year the file no longer names is removed from it; other years are kept);
 * an area code not in the register is registered as a housing area with the file's name and municipality; every area
 * and year is then classified again (the multi-year rules look back), and the configured municipality's count of
 * listed areas for each of the file's years is published as an observation of {@code udsatte-omraader} (period
 * 1 December of the list year). An observation from another source (the seed memo's 6, 3, 3) is never revised by a
 * derived count: it is kept, and the import warns when the file says otherwise. Illustrative (synthetic) values are
 * classified and shown, labelled, but never counted into an observation.
 */
@Component
class CriteriaLoader {

    static final String INDICATOR = "udsatte-omraader";
    static final String NOTE_KEY = "area.observation.note";
    static final String CATEGORY_DIMENSION = "kategori=";

    /** Counts of the file's rows: created, updated and unchanged; and the rows of its years it removed. */
    record Counts(int created, int updated, int unchanged, int removed) {
        static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    private final CriteriaRepository criteria;
    private final AreaRepository areas;
    private final AreaSettings settings;
    private final DerivedObservations observations;
    private final ObservationLookup lookup;
    private final ImportTexts texts;

    CriteriaLoader(CriteriaRepository criteria, AreaRepository areas, AreaSettings settings,
                   DerivedObservations observations, ObservationLookup lookup, ImportTexts texts) {
        this.criteria = criteria;
        this.areas = areas;
        this.settings = settings;
        this.observations = observations;
        this.lookup = lookup;
        this.texts = texts;
    }

    LoadedImport load(CriteriaDataset.Parsed parsed, String user) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        boolean illustrative = CurrentImport.synthetic();
        Map<Integer, List<CriteriaDataset.Row>> byYear = new TreeMap<>();
        parsed.rows().forEach(r -> byYear.computeIfAbsent(r.values().year(), y -> new ArrayList<>()).add(r));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int removed = 0;
        int areasCreated = 0;
        java.util.Set<String> registered = new java.util.HashSet<>();
        areas.all().forEach(a -> registered.add(a.code()));
        for (var year : byYear.entrySet()) {
            Map<String, CriteriaRepository.Stored> stored = criteria.ofYear(year.getKey());
            List<String> codes = new ArrayList<>();
            for (CriteriaDataset.Row row : year.getValue()) {
                String code = row.values().areaCode();
                codes.add(code);
                if (registered.add(code)) {
                    areas.upsert(new Area(code, row.name(), AreaKind.HOUSING_AREA, row.municipality()));
                    areasCreated++;
                }
                CriteriaRepository.Stored current = stored.get(code);
                if (current != null && same(current.values(), row.values()) && current.illustrative() == illustrative) {
                    unchanged++;
                    continue;
                }
                if (current == null) {
                    created++;
                } else {
                    updated++;
                }
                criteria.save(row.values(), parsed.importId(), parsed.fileName(), user, at, illustrative);
            }
            removed += criteria.removeOthers(year.getKey(), codes);
        }
        List<Classification> classified = Classifier.classify(criteria.all());
        criteria.replaceClassifications(classified);

        Map<Integer, Integer> counts = criteria.listedCounts(settings.municipality());
        Map<String, Integer> listed = new LinkedHashMap<>();
        byYear.keySet().forEach(y -> listed.put(String.valueOf(y), counts.getOrDefault(y, 0)));
        List<String> warnings = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("counts", new Counts(created, updated, unchanged, removed));
        details.put("areasCreated", areasCreated);
        details.put("classified", classified.size());
        details.put("municipality", String.format("%04d", settings.municipality()));
        details.put("listed", listed);
        if (illustrative || !observations.knows(INDICATOR)) {
            details.put("observations", null);
            return new LoadedImport(details, warnings);
        }
        List<DerivedObservations.Value> values = new ArrayList<>();
        int kept = 0;
        for (var entry : listed.entrySet()) {
            String period = entry.getKey() + "-12-01";
            BigDecimal value = BigDecimal.valueOf(entry.getValue());
            Optional<ObservationLookup.Current> existing = lookup.find(INDICATOR, period, null);
            if (existing.isPresent() && !texts.text(NOTE_KEY).equals(existing.get().sourceNote())) {
                if (existing.get().value().compareTo(value) != 0) {
                    kept++;
                    warnings.add(texts.text("area.import.keptOtherSource", entry.getKey(),
                            DanishFormat.integer(entry.getValue()), DanishFormat.number(existing.get().value(), 0),
                            String.valueOf(existing.get().sourceNote())));
                }
                continue;
            }
            values.add(new DerivedObservations.Value(period, null, value));
        }
        values.addAll(categoryCounts(listed.keySet()));
        details.put("observations", observations.publish(INDICATOR, values, texts.text(NOTE_KEY), user));
        details.put("keptFromOtherSource", kept);
        return new LoadedImport(details, warnings);
    }

    /**
     * The count of each category the year's rule set can give, as the dimension {@code kategori=<code>} (lower case;
     * a category no area carries counts 0), for the list years of the file.
     */
    private List<DerivedObservations.Value> categoryCounts(Iterable<String> years) {
        Map<Integer, Map<Category, Integer>> byCategory = criteria.listedCountsByCategory(settings.municipality());
        List<DerivedObservations.Value> values = new ArrayList<>();
        for (String year : years) {
            int listYear = Integer.parseInt(year);
            Map<Category, Integer> counts = byCategory.getOrDefault(listYear, Map.of());
            for (Category category : RuleSets.forYear(listYear).map(RuleSet::categories).orElse(List.of())) {
                values.add(new DerivedObservations.Value(year + "-12-01",
                        CATEGORY_DIMENSION + category.name().toLowerCase(Locale.ROOT),
                        BigDecimal.valueOf(counts.getOrDefault(category, 0))));
            }
        }
        return values;
    }

    /** Equal values, whatever their scale (52,3 = 52,30). */
    static boolean same(CriteriaValues a, CriteriaValues b) {
        return Objects.equals(a.residents(), b.residents()) && eq(a.nonWestern(), b.nonWestern())
                && eq(a.outside(), b.outside()) && eq(a.convicted(), b.convicted())
                && eq(a.convictedNational(), b.convictedNational()) && eq(a.basicEducation(), b.basicEducation())
                && eq(a.income(), b.income());
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
