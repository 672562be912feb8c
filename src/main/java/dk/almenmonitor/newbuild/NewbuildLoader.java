package dk.almenmonitor.newbuild;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.indicator.DerivedObservations;
import org.springframework.stereotype.Component;

/**
 * Stores a validated project list in the import's transaction: creates the housing organisations the spine lacks,
 * replaces the list (unless it is the same list: then nothing changes, not even the import it is said to come from),
 * recomputes the derived tables and publishes the
 * observations of {@code skema-a-tilsagn} (running total since 1 January 2015, dated 31 December of each year, in
 * total and per housing type) and {@code smaa-billige-andel} (per year).
 */
@Component
class NewbuildLoader {

    static final String COMMITMENTS = "skema-a-tilsagn";
    static final String SMALL_CHEAP = "smaa-billige-andel";
    /** The key of the derived observations' source note; the same for every import, so an equal value stays unchanged. */
    static final String NOTE_KEY = "newbuild.observation.note";

    /** How the list changed: projects created, updated, unchanged and removed. */
    record Counts(int created, int updated, int unchanged, int removed) {
        static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    private final NewbuildRepository repository;
    private final DerivedObservations observations;
    private final ImportTexts texts;
    private final Departments departments;

    NewbuildLoader(NewbuildRepository repository, DerivedObservations observations, ImportTexts texts,
                   Departments departments) {
        this.repository = repository;
        this.observations = observations;
        this.texts = texts;
        this.departments = departments;
    }

    LoadedImport load(NewbuildDataset.Parsed parsed, String user) {
        Map<String, Project> before = repository.projects().stream()
                .collect(Collectors.toMap(Project::projectId, Function.identity()));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Project p : parsed.projects()) {
            Project old = before.remove(p.projectId());
            if (old == null) {
                created++;
            } else if (sameContent(old, p)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        Counts counts = new Counts(created, updated, unchanged, before.size());
        boolean changed = created + updated + counts.removed() > 0 || repository.source().isEmpty();
        if (changed) {
            repository.replaceProjects(parsed.projects());
            repository.derive();
            repository.saveSource(new NewbuildRepository.Source(parsed.importId(), parsed.fileName(), user,
                    OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS)));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("projects", counts);
        details.put("organisationsCreated", departments.ensureOrganisations(
                parsed.projects().stream().map(Project::organisationNo).toList()));
        details.put("commitments", observations.publish(COMMITMENTS, commitmentValues(), texts.text(NOTE_KEY), user));
        details.put("smallCheapShare", observations.publish(SMALL_CHEAP, shareValues(), texts.text(NOTE_KEY), user));
        return new LoadedImport(details);
    }

    /** Whether two rows say the same about a project (the row number in the file does not count). */
    static boolean sameContent(Project a, Project b) {
        return a.equals(new Project(b.projectId(), b.organisationNo(), b.name(), b.postalCode(), b.housingType(),
                b.dwellings(), b.smallCheap(), b.urbanDevelopment(), b.skemaA(), b.skemaB(), b.skemaC(), a.row()));
    }

    private List<DerivedObservations.Value> commitmentValues() {
        List<DerivedObservations.Value> values = new ArrayList<>();
        Map<Integer, Integer> totals = new LinkedHashMap<>();
        for (NewbuildRepository.RunningCommitment c : repository.runningCommitments()) {
            String period = c.year() + "-12-31";
            values.add(new DerivedObservations.Value(period, c.housingType().dimension(), BigDecimal.valueOf(c.dwellings())));
            totals.merge(c.year(), c.dwellings(), Integer::sum);
        }
        totals.forEach((year, total) ->
                values.add(new DerivedObservations.Value(year + "-12-31", null, BigDecimal.valueOf(total))));
        return values;
    }

    private List<DerivedObservations.Value> shareValues() {
        return repository.allYearFigures().stream()
                .filter(y -> y.year() >= NewbuildRepository.COUNT_FROM_YEAR && y.sharePct() != null)
                .map(y -> new DerivedObservations.Value(String.valueOf(y.year()), null, y.sharePct())).toList();
    }
}
