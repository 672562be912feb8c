package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator module's public face for other modules (and the integrator in {@code web}):
 * <ul>
 * <li>{@link #evaluate(long, LocalDate)} – the evaluation of a goal's target with the suggested achievement and
 * {@link GoalEvaluationView#disagreesWith(String)} for the round's quality check;</li>
 * <li>{@link #hasIndicatorPage(long)} and {@link #pagePath(String, long)} – to link a goal page to its indicator
 * page;</li>
 * <li>{@link #defaultAsOf(String)} – the evaluation date used when none is given;</li>
 * <li>{@link #evaluateYearly} – a target judged by the same rules against a yearly series kept outside the
 * observations (an urban area's values or gaps).</li>
 * <li>{@link #targetChanges(long)} – every version of the goal's target, for the goal page's timeline.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class IndicatorEvaluations {

    static final ZoneId DENMARK = dk.almenmonitor.shared.DanishFormat.DANISH_TIME;

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final TargetRepository targets;
    private final EvaluationTexts texts;
    private final AgreementCatalog catalog;
    private final ObjectProvider<LatestRoundEnd> latestRoundEnd;
    private final Clock clock;

    IndicatorEvaluations(IndicatorRepository indicators, ObservationRepository observations, TargetRepository targets,
                         EvaluationTexts texts, AgreementCatalog catalog, ObjectProvider<LatestRoundEnd> latestRoundEnd) {
        this.indicators = indicators;
        this.observations = observations;
        this.targets = targets;
        this.texts = texts;
        this.catalog = catalog;
        this.latestRoundEnd = latestRoundEnd;
        this.clock = Clock.system(DENMARK);
    }

    /**
     * The goal's target in force on the date evaluated as of the date (targets are versioned, docs/domain.md §4);
     * empty when the goal has no target.
     */
    public Optional<GoalEvaluationView> evaluate(long goalId, LocalDate asOf) {
        return targets.findInForce(goalId, asOf).map(t -> evaluate(t, asOf));
    }

    /**
     * A version of a goal's target: when it took effect (UTC; for the seed the agreement's start), the target in words
     * ("Mindst 20 % · hele perioden 2015-2018 · tolerance 0,5 pp") with the indicator's name, who set it, whether it
     * is the first (set) or a later one (changed), and the target itself.
     */
    public record TargetChange(java.time.OffsetDateTime at, String indicatorName, String description, String setBy,
                               boolean first, TargetView target) {
    }

    /** Every version of the goal's target, oldest first: the first setting, then each change; empty without one. */
    public List<TargetChange> targetChanges(long goalId) {
        List<TargetRepository.Version> versions = targets.versions(goalId);
        List<TargetChange> changes = new java.util.ArrayList<>();
        for (TargetRepository.Version v : versions) {
            IndicatorView indicator = indicators.find(v.target().indicator()).orElseThrow();
            changes.add(new TargetChange(v.validFrom(), indicator.name(), texts.target(v.target(), indicator), v.setBy(),
                    changes.isEmpty(), v.target()));
        }
        return changes;
    }

    /** True when the goal has a target or a linked indicator, i.e. its indicator page has something to show. */
    public boolean hasIndicatorPage(long goalId) {
        return !targets.indicatorsOf(goalId).isEmpty();
    }

    /** The indicator page of a goal: {@code /aftaler/{agreementId}/maal/{goalId}/indikator}. */
    public static String pagePath(String agreementId, long goalId) {
        return "/aftaler/" + agreementId + "/maal/" + goalId + "/indikator";
    }

    /**
     * The evaluation date when none is given, the same on every page and in the API (docs/domain.md §4): the last day
     * of the quarter of the agreement's latest follow-up round, like the round's quality check. An agreement without
     * rounds is judged as of today (Danish time), but not after its end: one that has run out is judged as it stood
     * on its last day. Unknown agreements or agreements without an end give today.
     */
    public LocalDate defaultAsOf(String agreementId) {
        if (agreementId != null) {
            Optional<LocalDate> roundEnd = latestRoundEnd.orderedStream().map(source -> source.of(agreementId))
                    .flatMap(Optional::stream).findFirst();
            if (roundEnd.isPresent()) {
                return roundEnd.get();
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate end = agreementId == null ? null
                : catalog.agreement(agreementId).map(AgreementView::validTo).orElse(null);
        return end != null && end.isBefore(today) ? end : today;
    }

    /**
     * Evaluates a target of yearly precision against a yearly series that is not stored as observations (year to
     * value), by the rules of every goal's target; {@code indicator} names the series and gives its unit, decimals
     * and direction for the explanation. A {@code CHANGE_FROM_BASELINE} target without a baseline value takes the
     * series' value in its baseline year.
     */
    public GoalEvaluationView evaluateYearly(TargetView target, IndicatorView indicator,
                                             java.util.Map<Integer, BigDecimal> yearly, LocalDate asOf) {
        List<Point> points = new java.util.TreeMap<>(yearly).entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> new Point(ObservationPeriod.of(LocalDate.of(e.getKey(), 1, 1),
                        LocalDate.of(e.getKey(), 12, 31), dk.almenmonitor.shared.Precision.YEAR), e.getValue()))
                .toList();
        BigDecimal baseline = target.kind() != TargetKind.CHANGE_FROM_BASELINE ? null
                : target.baselineValue() != null ? target.baselineValue()
                : points.stream().filter(p -> p.period().key().equals(target.baselinePeriod())).map(Point::value)
                .findFirst().orElse(null);
        Outcome o = TargetEvaluator.evaluate(target, indicator.cumulative(), points, baseline, asOf);
        return view(target, indicator, o, asOf);
    }

    GoalEvaluationView evaluate(TargetView t, LocalDate asOf) {
        IndicatorView indicator = indicators.find(t.indicator()).orElseThrow();
        List<ObservationRecord> all = observations.findByIndicator(t.indicator());
        List<Point> comparable = all.stream()
                .filter(o -> o.dimension().equals(t.dimension()) && o.period().precision() == t.precision())
                .map(ObservationRecord::point).toList();
        BigDecimal baseline = baseline(t, all);
        Outcome o = TargetEvaluator.evaluate(t, indicator.cumulative(), comparable, baseline, asOf);
        return view(t, indicator, o, asOf);
    }

    GoalEvaluationView view(TargetView t, IndicatorView indicator, Outcome o, LocalDate asOf) {
        GoalEvaluationView.Latest latest = o.latest() == null ? null : new GoalEvaluationView.Latest(
                o.latest().period().key(), o.latest().period().danish(), o.latest().period().from(),
                o.latest().period().to(), o.latest().value(), o.measured().stripTrailingZeros());
        int scale = indicator.decimals() + 2;
        GoalEvaluationView.Projection projection = o.projection() == null ? null : new GoalEvaluationView.Projection(
                o.projection().date(), o.projection().value().setScale(scale, RoundingMode.HALF_UP),
                o.projection().measured().setScale(scale, RoundingMode.HALF_UP), o.projection().points());
        return new GoalEvaluationView(t.goalId(), t.indicator(), o.status(), asOf, latest, t, projection, o.baseline(),
                texts.explain(t, indicator, o, asOf), o.status().suggestedAchievement());
    }

    /** The target's baseline value, else the observation of the baseline period in the target's dimension. */
    static BigDecimal baseline(TargetView t, List<ObservationRecord> all) {
        if (t.kind() != TargetKind.CHANGE_FROM_BASELINE) {
            return null;
        }
        if (t.baselineValue() != null) {
            return t.baselineValue();
        }
        return all.stream().filter(o -> o.dimension().equals(t.dimension()) && o.period().key().equals(t.baselinePeriod()))
                .map(ObservationRecord::value).findFirst().orElse(null);
    }
}
