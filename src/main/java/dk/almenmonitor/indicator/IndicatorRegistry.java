package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dk.almenmonitor.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator module's public face for writes by the secretariat (the module {@code indicatoradmin} checks the input
 * and the role): create and change an indicator, and add a version of a goal's target (targets are versioned, docs/domain.md
 * §4). Every write is audited ({@code INDICATOR_CREATED}, {@code INDICATOR_CHANGED}, {@code TARGET_SET}).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorRegistry {

    private final IndicatorRepository indicators;
    private final TargetRepository targets;
    private final IndicatorEvaluations evaluations;
    private final EvaluationTexts texts;
    private final ApplicationEventPublisher events;

    IndicatorRegistry(IndicatorRepository indicators, TargetRepository targets, IndicatorEvaluations evaluations,
                      EvaluationTexts texts, ApplicationEventPublisher events) {
        this.indicators = indicators;
        this.targets = targets;
        this.evaluations = evaluations;
        this.texts = texts;
        this.events = events;
    }

    /**
     * The canonical key of one observation period written as everywhere ({@code 2016}, {@code 1. halvår 2016},
     * {@code 2017K1}, {@code 19.01.2017} → {@code 2016}, {@code 2016-H1}, {@code 2017-Q1}, {@code 2017-01-19}); empty
     * when the text is not one day, month, quarter, half-year or year.
     */
    public static Optional<String> periodKey(String text) {
        return ObservationPeriod.parse(text).map(ObservationPeriod::key);
    }

    /** Whether the precision is one observations have (day, month, quarter, half-year or year). */
    public static boolean observationPrecision(dk.almenmonitor.shared.Precision precision) {
        return ObservationPeriod.ALLOWED.contains(precision);
    }

    /** The canonical dimension ({@code boligtype=familie}) of the text for the indicator's dimension names, if valid. */
    public static Optional<String> dimension(String text, List<String> allowed) {
        return text == null || text.isBlank() ? Optional.of(Dimensions.TOTAL) : Dimensions.canonical(text, allowed);
    }

    /** Every indicator, by code. */
    public List<IndicatorView> indicators() {
        return indicators.findAll();
    }

    public Optional<IndicatorView> indicator(String code) {
        return indicators.find(code);
    }

    /** The goal's current target (its latest version). */
    public Optional<TargetView> currentTarget(long goalId) {
        return targets.findByGoal(goalId);
    }

    /** Creates the indicator; false (nothing written) when one with its code exists. */
    @Transactional
    public boolean create(IndicatorView indicator, String actor) {
        if (!indicators.insertIfAbsent(indicator)) {
            return false;
        }
        events.publishEvent(AuditEvent.of(actor, "INDICATOR_CREATED", "indicator/" + indicator.code(),
                Map.of("after", describe(indicator))));
        return true;
    }

    /** Changes the indicator with the given code (everything but the code); false when there is none. */
    @Transactional
    public boolean update(IndicatorView indicator, String actor) {
        Optional<IndicatorView> before = indicators.find(indicator.code());
        if (before.isEmpty() || !indicators.update(indicator)) {
            return false;
        }
        events.publishEvent(AuditEvent.of(actor, "INDICATOR_CHANGED", "indicator/" + indicator.code(),
                Map.of("before", describe(before.get()), "after", describe(indicator))));
        return true;
    }

    /**
     * Adds a version of the goal's target, in force from now; the earlier versions are kept. The indicator must exist.
     * A target equal to the one in force adds nothing (a form sent twice, ten identical requests at once: the writes of
     * a goal are serialised). Returns every version, oldest first (the new one last).
     */
    @Transactional
    public List<IndicatorEvaluations.TargetChange> setTarget(TargetView target, String subjectPrefix, String actor) {
        IndicatorView indicator = indicators.find(target.indicator()).orElseThrow();
        targets.lockGoal(target.goalId());
        Optional<TargetView> before = targets.findByGoal(target.goalId());
        if (before.isPresent() && sameTarget(before.get(), target)) {
            return evaluations.targetChanges(target.goalId());
        }
        long id = targets.addVersion(target, actor);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", String.valueOf(id));
        details.put("before", before.map(t -> t.indicator() + ": " + texts.target(t, indicators.find(t.indicator())
                .orElse(indicator))).orElse(""));
        details.put("after", target.indicator() + ": " + texts.target(target, indicator));
        events.publishEvent(AuditEvent.of(actor, "TARGET_SET", subjectPrefix + "/goal/" + target.goalId() + "/target",
                details));
        return evaluations.targetChanges(target.goalId());
    }

    /** Equal in every field, numbers whatever their scale (10 = 10,0). */
    static boolean sameTarget(TargetView a, TargetView b) {
        return a.indicator().equals(b.indicator()) && a.dimension().equals(b.dimension()) && a.kind() == b.kind()
                && a.mode() == b.mode() && sameNumber(a.value(), b.value()) && sameNumber(a.tolerance(), b.tolerance())
                && a.precision() == b.precision() && Objects.equals(a.periodText(), b.periodText())
                && Objects.equals(a.periodFrom(), b.periodFrom()) && Objects.equals(a.periodTo(), b.periodTo())
                && Objects.equals(a.countFrom(), b.countFrom()) && Objects.equals(a.baselinePeriod(), b.baselinePeriod())
                && sameNumber(a.baselineValue(), b.baselineValue());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String describe(IndicatorView i) {
        return i.name() + " · " + i.unit() + " · " + i.decimals() + " · " + i.direction() + " · " + i.source() + " · "
                + i.frequency() + " · " + String.join(",", i.dimensions()) + (i.cumulative() ? " · cumulative" : "");
    }
}
