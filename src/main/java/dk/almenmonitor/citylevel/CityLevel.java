package dk.almenmonitor.citylevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import dk.almenmonitor.area.Area;
import dk.almenmonitor.area.AreaKind;
import dk.almenmonitor.area.Areas;
import dk.almenmonitor.imports.SyntheticImports;
import dk.almenmonitor.indicator.Direction;
import dk.almenmonitor.indicator.GoalEvaluationView;
import dk.almenmonitor.indicator.IndicatorEvaluations;
import dk.almenmonitor.indicator.IndicatorView;
import dk.almenmonitor.indicator.TargetKind;
import dk.almenmonitor.indicator.TargetMode;
import dk.almenmonitor.indicator.TargetView;
import dk.almenmonitor.shared.AuditEvent;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Precision;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The urban areas against the københavnerniveau (values, gaps, halving, the policy's rule) and the secretariat's goals
 * per area and criterion, each evaluated like any other target ({@link IndicatorEvaluations#evaluateYearly}):
 * a target value on the area's yearly values (at most it where higher is worse, at least it for the dwelling area),
 * or halving the gap on the yearly gaps (at most ½ · the baseline gap), due by the end of the due year.
 */
@Service
@Transactional(readOnly = true)
class CityLevel {

    static final int MAX_NOTE = 500;
    static final int MIN_DUE_YEAR = 2000;
    static final int MAX_DUE_YEAR = 2100;

    /** A goal as asked for: through the API (JSON) or the page's form. */
    record GoalRequest(GoalKind kind, BigDecimal targetValue, Integer dueYear, String note) {
    }

    private final Areas areas;
    private final CityLevelRepository repository;
    private final CityLevelSettings settings;
    private final IndicatorEvaluations evaluations;
    private final SyntheticImports synthetic;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    CityLevel(Areas areas, CityLevelRepository repository, CityLevelSettings settings, IndicatorEvaluations evaluations,
              SyntheticImports synthetic, MessageSource messages, ApplicationEventPublisher events) {
        this.areas = areas;
        this.repository = repository;
        this.settings = settings;
        this.evaluations = evaluations;
        this.synthetic = synthetic;
        this.messages = messages;
        this.events = events;
    }

    /** Today in Denmark: goals are judged as of it when no date is given, like any target outside an agreement. */
    static LocalDate today() {
        return LocalDate.now(DanishFormat.DANISH_TIME);
    }

    String cityCode() {
        return settings.cityCode();
    }

    int baselineYear() {
        return settings.baselineYear();
    }

    /** The urban area of this code; 404 when there is none (or the code is a housing area's). */
    Area urbanArea(String code) {
        String c = code == null ? "" : code.strip();
        return (c.isEmpty() || c.length() > 40 ? Optional.<Area>empty() : areas.find(c))
                .filter(a -> a.kind() == AreaKind.URBAN_AREA)
                .orElseThrow(() -> RequestRefused.notFound("citylevel.refused.unknownArea",
                        AreaIndicatorDataset.excerpt(c)));
    }

    /** Every urban area against the city, by name. */
    List<CityLevelView> all(LocalDate asOf) {
        List<Area> urban = areas.ofKind(AreaKind.URBAN_AREA);
        List<String> codes = new ArrayList<>(urban.stream().map(Area::code).toList());
        codes.add(settings.cityCode());
        List<CityLevelRepository.StoredValue> values = repository.values(codes);
        Map<UUID, Boolean> syntheticImports = new LinkedHashMap<>();
        return urban.stream().map(a -> view(a, values, asOf, syntheticImports)).toList();
    }

    /** One urban area against the city; 404 when the code is not an urban area. */
    CityLevelView of(String code, LocalDate asOf) {
        Area area = urbanArea(code);
        return view(area, repository.values(List.of(area.code(), settings.cityCode())), asOf, new LinkedHashMap<>());
    }

    /** Sets (or replaces) the goal of the area on the criterion; ADMIN only (the controllers check). Audited. */
    @Transactional
    CityLevelView.Goal setGoal(String code, String indicator, GoalRequest request, String user) {
        Area area = urbanArea(code);
        Criterion criterion = Criterion.of(indicator).orElseThrow(() -> RequestRefused.notFound(
                "citylevel.refused.unknownIndicator", AreaIndicatorDataset.excerpt(String.valueOf(indicator)),
                Criterion.codes()));
        AreaGoal goal = validated(area, criterion, request, user);
        repository.saveGoal(goal);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("kind", goal.kind().name());
        details.put("targetValue", goal.targetValue() == null ? "" : goal.targetValue().toPlainString());
        details.put("dueYear", String.valueOf(goal.dueYear()));
        events.publishEvent(AuditEvent.of(user, "AREA_GOAL_SET", "area/" + area.code() + "/goal/" + criterion.code(),
                details));
        CityLevelView view = of(area.code(), today());
        return view.criteria().stream().filter(c -> c.indicator().equals(criterion.code())).findFirst()
                .map(CityLevelView.CriterionLevel::goal).orElseThrow();
    }

    private static AreaGoal validated(Area area, Criterion criterion, GoalRequest request, String user) {
        if (request == null || request.kind() == null) {
            throw RequestRefused.badRequest("citylevel.refused.goal.kind");
        }
        if (request.dueYear() == null || request.dueYear() < MIN_DUE_YEAR || request.dueYear() > MAX_DUE_YEAR) {
            throw RequestRefused.badRequest("citylevel.refused.goal.dueYear", String.valueOf(MIN_DUE_YEAR),
                    String.valueOf(MAX_DUE_YEAR));
        }
        BigDecimal target = request.targetValue();
        if (request.kind() == GoalKind.TARGET_VALUE) {
            if (target == null || target.signum() < 0 || target.compareTo(criterion.max()) > 0
                    || target.stripTrailingZeros().scale() > AreaIndicatorDataset.MAX_DECIMALS) {
                throw RequestRefused.badRequest("citylevel.refused.goal.targetValue",
                        DanishFormat.number(criterion.max(), 0), AreaIndicatorDataset.MAX_DECIMALS);
            }
            target = target.stripTrailingZeros();
        } else if (target != null) {
            throw RequestRefused.badRequest("citylevel.refused.goal.noTargetValue");
        }
        String note = request.note() == null ? null : request.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw RequestRefused.badRequest("citylevel.refused.goal.note", MAX_NOTE);
        }
        return new AreaGoal(area.code(), criterion.code(), request.kind(), target, request.dueYear(),
                note == null || note.isEmpty() ? null : note, user,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }

    private CityLevelView view(Area area, List<CityLevelRepository.StoredValue> values, LocalDate asOf,
                               Map<UUID, Boolean> syntheticImports) {
        String city = settings.cityCode();
        int baselineYear = settings.baselineYear();
        Map<String, AreaGoal> goals = new LinkedHashMap<>();
        repository.goals(area.code()).forEach(g -> goals.put(g.indicator(), g));
        UUID illustrative = null;
        List<CityLevelView.CriterionLevel> criteria = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            Map<Integer, BigDecimal> own = new TreeMap<>();
            Map<Integer, BigDecimal> cityValues = new TreeMap<>();
            for (CityLevelRepository.StoredValue v : values) {
                if (!v.indicator().equals(c.code())) {
                    continue;
                }
                boolean mine = v.areaCode().equals(area.code());
                if (mine) {
                    own.put(v.year(), v.value());
                } else if (v.areaCode().equals(city)) {
                    cityValues.put(v.year(), v.value());
                } else {
                    continue;
                }
                if (illustrative == null && syntheticImports.computeIfAbsent(v.importId(), synthetic::is)) {
                    illustrative = v.importId();
                }
            }
            TreeSet<Integer> years = new TreeSet<>(own.keySet());
            years.addAll(cityValues.keySet());
            List<CityLevelView.YearValues> rows = new ArrayList<>();
            Map<Integer, BigDecimal> gaps = new TreeMap<>();
            for (int y : years) {
                BigDecimal gap = GapRules.gap(c, own.get(y), cityValues.get(y));
                rows.add(new CityLevelView.YearValues(y, own.get(y), cityValues.get(y), gap));
                if (gap != null) {
                    gaps.put(y, gap);
                }
            }
            BigDecimal gapBaseline = gaps.get(baselineYear);
            Integer current = gaps.keySet().stream()
                    .filter(y -> y > baselineYear && y <= CityLevelSettings.POLICY_END_YEAR)
                    .reduce((a, b) -> b).orElse(null);
            BigDecimal gapNow = current == null ? null : gaps.get(current);
            AreaGoal goal = goals.get(c.code());
            criteria.add(new CityLevelView.CriterionLevel(c.code(), c.higherIsWorse(), c.unit(), List.copyOf(rows),
                    gapBaseline, current, gapNow, GapRules.halved(gapNow, gapBaseline),
                    goal == null ? null : goal(goal, c, own, gaps, gapBaseline, asOf)));
        }
        int halved = GapRules.halvedCount(criteria.stream().map(CityLevelView.CriterionLevel::halved).toList());
        return new CityLevelView(area.code(), area.name(), city, baselineYear, CityLevelSettings.POLICY_END_YEAR,
                CityLevelSettings.REQUIRED_HALVED, halved, GapRules.policyMet(halved), List.copyOf(criteria), asOf,
                illustrative != null, illustrative);
    }

    /** The goal evaluated by the target rules: see the class comment. */
    private CityLevelView.Goal goal(AreaGoal goal, Criterion c, Map<Integer, BigDecimal> own,
                                    Map<Integer, BigDecimal> gaps, BigDecimal gapBaseline, LocalDate asOf) {
        LocalDate from = LocalDate.of(goal.dueYear(), 1, 1);
        LocalDate to = LocalDate.of(goal.dueYear(), 12, 31);
        String due = String.valueOf(goal.dueYear());
        String name = text("citylevel.criterion." + c.code());
        TargetView target;
        IndicatorView indicator;
        Map<Integer, BigDecimal> series;
        if (goal.kind() == GoalKind.TARGET_VALUE) {
            target = new TargetView(0, c.code(), "", c.higherIsWorse() ? TargetKind.AT_MOST : TargetKind.AT_LEAST,
                    TargetMode.BY_DUE, goal.targetValue(), BigDecimal.ZERO, Precision.YEAR, due, from, to, null, null,
                    null);
            indicator = new IndicatorView(c.code(), name, c.unit(), c.decimals(),
                    c.higherIsWorse() ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                    AreaIndicatorDataset.NAME, "YEAR", List.of(), false);
            series = own;
        } else {
            indicator = new IndicatorView(c.code(), text("citylevel.gap.name", name),
                    c.percent() ? text("citylevel.unit.pp") : c.unit(), c.decimals(), Direction.LOWER_IS_BETTER,
                    AreaIndicatorDataset.NAME, "YEAR", List.of(), false);
            String baselinePeriod = String.valueOf(settings.baselineYear());
            // Without a baseline gap there is no threshold: judged as a change from a baseline that is missing, the
            // evaluation says so (no data, no baseline for the year).
            target = gapBaseline == null
                    ? new TargetView(0, c.code(), "", TargetKind.CHANGE_FROM_BASELINE, TargetMode.BY_DUE,
                    BigDecimal.valueOf(-50), BigDecimal.ZERO, Precision.YEAR, due, from, to, null, baselinePeriod, null)
                    : new TargetView(0, c.code(), "", TargetKind.AT_MOST, TargetMode.BY_DUE,
                    GapRules.halvedThreshold(gapBaseline), BigDecimal.ZERO, Precision.YEAR, due, from, to, null, null,
                    null);
            series = gaps;
        }
        GoalEvaluationView evaluation = evaluations.evaluateYearly(target, indicator, series, asOf);
        return new CityLevelView.Goal(goal.kind(), goal.targetValue(), goal.dueYear(), goal.note(), goal.setBy(),
                goal.setAt(), evaluation);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }
}
