package dk.almenmonitor.eviction;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dk.almenmonitor.shared.RequestRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evictions of the configured municipality for the API and the page. */
@Service
@Transactional(readOnly = true)
class EvictionFigures {

    record HalfYear(String period, int evictions, UUID importId) {
    }

    /** The answer of {@code GET /api/v1/housing/evictions}: a year's count (null when only a half is known). */
    record Year(int year, String municipality, Integer evictions, String method, List<HalfYear> halfYears,
                int target, int targetYear, Boolean withinTarget, UUID importId, String fileName,
                OffsetDateTime importedAt) {
    }

    private final EvictionRepository repository;
    private final EvictionSettings settings;

    EvictionFigures(EvictionRepository repository, EvictionSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    static Integer parseYear(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{4}") || Integer.parseInt(t) < EvictionDataset.MIN_YEAR
                || Integer.parseInt(t) > EvictionDataset.MAX_YEAR) {
            throw RequestRefused.badRequest("eviction.refused.year", t.length() > 20 ? t.substring(0, 20) : t);
        }
        return Integer.parseInt(t);
    }

    /** Every figure, by year and half. */
    List<EvictionRepository.Figure> all() {
        return repository.figures(settings.municipality());
    }

    String municipality() {
        return settings.code();
    }

    /** The year's figures (null: the latest year with any); 404 when the year has none. */
    Year of(Integer year) {
        List<EvictionRepository.Figure> all = all();
        if (all.isEmpty()) {
            throw RequestRefused.notFound("eviction.refused.noData", settings.code());
        }
        int y = year != null ? year : all.get(all.size() - 1).year();
        List<EvictionRepository.Figure> ofYear = all.stream().filter(f -> f.year() == y).toList();
        if (ofYear.isEmpty()) {
            throw RequestRefused.notFound("eviction.refused.unknownYear", String.valueOf(y), settings.code());
        }
        EvictionRepository.Figure whole = ofYear.stream().filter(f -> f.half() == null).findFirst().orElse(null);
        List<HalfYear> halves = ofYear.stream().filter(f -> f.half() != null)
                .map(f -> new HalfYear(f.period(), f.evictions(), f.importId())).toList();
        EvictionRepository.Figure latest = whole != null ? whole : ofYear.get(ofYear.size() - 1);
        return new Year(y, settings.code(), whole == null ? null : whole.evictions(),
                whole == null ? null : whole.method(), halves, EvictionSettings.TARGET, EvictionSettings.TARGET_YEAR,
                whole == null ? null : whole.evictions() <= EvictionSettings.TARGET, latest.importId(),
                latest.fileName(), latest.importedAt());
    }
}
