package dk.almenmonitor.newbuild;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.almenmonitor.housing.PriceIndex;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The new-build figures of one year as the API and the page show them: the commitments of the years up to it, the
 * pipeline at its end against the 2.000 dwellings of the agreement, and the share of small-and-cheap dwellings with
 * the agreement's threshold of 3.200 kr. a month in 2014 prices expressed in the year's prices ({@link PriceIndex}).
 */
@Service
@Transactional(readOnly = true)
class NewbuildFigures {

    static final int TARGET_DWELLINGS = 2000;
    static final String TARGET_PERIOD = "2015-2016";
    static final BigDecimal TARGET_SHARE_PCT = BigDecimal.TEN;
    static final BigDecimal THRESHOLD_DKK = BigDecimal.valueOf(3200);
    static final int THRESHOLD_PRICE_YEAR = 2014;
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    record Commitment(int year, HousingType housingType, int projects, int dwellings) {
    }

    record StageFigures(Stage stage, int projects, int dwellings, Map<HousingType, Integer> byHousingType) {
    }

    record SmallCheap(int dwellings, int smallCheap, BigDecimal sharePct, BigDecimal targetPct,
                      BigDecimal thresholdDkk2014, Integer thresholdYear, BigDecimal thresholdDkk) {
    }

    /** The answer of {@code GET /api/v1/housing/newbuild}. */
    record Figures(int year, UUID importId, String fileName, OffsetDateTime importedAt, List<Integer> years,
                   List<Commitment> commitments, int committedSince2015, int targetDwellings, String targetPeriod,
                   List<StageFigures> pipeline, SmallCheap smallCheap) {
    }

    private final NewbuildRepository repository;
    private final PriceIndex prices;

    NewbuildFigures(NewbuildRepository repository, PriceIndex prices) {
        this.repository = repository;
        this.prices = prices;
    }

    /** Parses the {@code year} parameter (null or blank: the latest year of the list). */
    static Integer parseYear(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{4}") || Integer.parseInt(t) < MIN_YEAR || Integer.parseInt(t) > MAX_YEAR) {
            throw RequestRefused.badRequest("newbuild.refused.year", t.length() > 20 ? t.substring(0, 20) : t);
        }
        return Integer.parseInt(t);
    }

    /** The figures of the year; empty when no list is imported yet, 404 when the list has no figures for the year. */
    java.util.Optional<Figures> ofIfAny(Integer year) {
        return repository.source().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(of(year));
    }

    /** The figures of the year; 404 when no list is imported or the list has no figures for that year. */
    Figures of(Integer year) {
        NewbuildRepository.Source source = repository.source()
                .orElseThrow(() -> RequestRefused.notFound("newbuild.refused.noData"));
        List<Integer> years = repository.years();
        int y = year != null ? year : years.get(years.size() - 1);
        NewbuildRepository.YearFigures figures = repository.yearFigures(y)
                .orElseThrow(() -> RequestRefused.notFound("newbuild.refused.unknownYear", String.valueOf(y),
                        years.get(0) + "–" + years.get(years.size() - 1)));
        List<Commitment> commitments = repository.commitmentsUpTo(y).stream()
                .map(c -> new Commitment(c.year(), c.housingType(), c.projects(), c.dwellings())).toList();
        return new Figures(y, source.importId(), source.fileName(), source.importedAt(), years, commitments,
                figures.committedSince(), TARGET_DWELLINGS, TARGET_PERIOD, pipeline(y),
                new SmallCheap(figures.urbanFamily(), figures.urbanFamilySmall(), figures.sharePct(), TARGET_SHARE_PCT,
                        THRESHOLD_DKK, y, threshold(y)));
    }

    /** 3.200 kr. (2014 prices) in the prices of {@code year}, whole kroner; null when an index year is missing. */
    BigDecimal threshold(int year) {
        return prices.scale(THRESHOLD_DKK, THRESHOLD_PRICE_YEAR, year).orElse(null);
    }

    private List<StageFigures> pipeline(int year) {
        Map<Stage, Map<HousingType, Integer>> dwellings = new EnumMap<>(Stage.class);
        Map<Stage, Integer> projects = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            Map<HousingType, Integer> byType = new EnumMap<>(HousingType.class);
            for (HousingType t : HousingType.values()) {
                byType.put(t, 0);
            }
            dwellings.put(s, byType);
            projects.put(s, 0);
        }
        for (NewbuildRepository.StageRow r : repository.stages(year)) {
            dwellings.get(r.stage()).merge(r.housingType(), r.dwellings(), Integer::sum);
            projects.merge(r.stage(), r.projects(), Integer::sum);
        }
        List<StageFigures> list = new ArrayList<>();
        for (Stage s : Stage.values()) {
            Map<HousingType, Integer> byType = new LinkedHashMap<>(dwellings.get(s));
            list.add(new StageFigures(s, projects.get(s), byType.values().stream().mapToInt(Integer::intValue).sum(),
                    byType));
        }
        return list;
    }
}
