package dk.almenmonitor.indicatoradmin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.indicator.Direction;
import dk.almenmonitor.indicator.IndicatorEvaluations.TargetChange;
import dk.almenmonitor.indicator.IndicatorRegistry;
import dk.almenmonitor.indicator.IndicatorView;
import dk.almenmonitor.indicator.TargetKind;
import dk.almenmonitor.indicator.TargetMode;
import dk.almenmonitor.indicator.TargetView;
import dk.almenmonitor.shared.Precision;
import dk.almenmonitor.shared.RequestRefused;
import dk.almenmonitor.shared.WrittenPeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Checks and bounds what the secretariat sends (docs/domain.md §4, "Maintaining indicators and targets") and hands it
 * to the indicator module. A refusal is a Danish problem naming the field: {@code indicatoradmin.refused.<field>.<why>}.
 */
@Service
class IndicatorAdmin {

    static final int MAX_NAME = 200;
    static final int MAX_UNIT = 20;
    static final int MAX_SOURCE = 300;
    static final int MAX_DIMENSIONS = 5;
    static final int MAX_PERIOD = 100;
    static final int MAX_DIMENSION_TEXT = 200;
    /** Values: at most 15 integer digits and 6 decimals, as observations. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_DECIMALS = 6;
    static final List<String> FREQUENCIES = List.of("DAY", "MONTH", "QUARTER", "HALF_YEAR", "YEAR", "IRREGULAR");

    private final IndicatorRegistry registry;
    private final AgreementCatalog catalog;

    IndicatorAdmin(IndicatorRegistry registry, AgreementCatalog catalog) {
        this.registry = registry;
        this.catalog = catalog;
    }

    List<IndicatorView> indicators() {
        return registry.indicators();
    }

    IndicatorView indicator(String code) {
        return registry.indicator(code).orElseThrow(() ->
                RequestRefused.notFound("indicatoradmin.refused.unknownIndicator", cut(code, 70)));
    }

    /** Creates the indicator: 400 naming a bad field, 409 when the code is taken. */
    IndicatorView create(IndicatorInput input, String actor) {
        IndicatorView indicator = indicator(code(input.code()), input);
        if (!registry.create(indicator, actor)) {
            throw RequestRefused.conflict("indicatoradmin.refused.code.taken", indicator.code());
        }
        return indicator;
    }

    /** Changes the indicator (the code stays): 404 for an unknown one, 400 naming a bad field. */
    IndicatorView update(String code, IndicatorInput input, String actor) {
        IndicatorView existing = indicator(code);
        if (input.code() != null && !input.code().isBlank() && !input.code().strip().equals(existing.code())) {
            throw RequestRefused.badRequest("indicatoradmin.refused.code.changed", existing.code());
        }
        IndicatorView changed = indicator(existing.code(), input);
        registry.update(changed, actor);
        return changed;
    }

    /** The goal if it exists: 404 otherwise. */
    GoalView goal(long goalId) {
        return catalog.goal(goalId).orElseThrow(() -> RequestRefused.notFound("indicatoradmin.refused.noGoal", String.valueOf(goalId)));
    }

    /**
     * Adds a version of a measurable goal's target, in force from now. 404 unknown goal, 409 a goal that is not
     * measurable, 400 naming a bad field. Returns every version, oldest first.
     */
    List<TargetChange> setTarget(long goalId, TargetInput input, String actor) {
        GoalView goal = goal(goalId);
        if (goal.kind() != GoalKind.MEASURABLE) {
            throw RequestRefused.conflict("indicatoradmin.refused.notMeasurable");
        }
        return registry.setTarget(target(goal.id(), input), goal.agreementId(), actor);
    }

    TargetView target(long goalId, TargetInput in) {
        String code = required(in.indicatorCode(), "indicatorCode");
        IndicatorView indicator = registry.indicator(cut(code, 70)).orElseThrow(() ->
                RequestRefused.badRequest("indicatoradmin.refused.indicatorCode.unknown", cut(code, 70)));
        TargetKind kind = choice(in.kind(), "kind", TargetKind.class);
        TargetMode mode = choice(in.mode(), "mode", TargetMode.class);
        BigDecimal value = number(in.value(), "value", true);
        BigDecimal tolerance = number(in.tolerance(), "tolerance", false);
        if (tolerance != null && tolerance.signum() < 0) {
            throw RequestRefused.badRequest("indicatoradmin.refused.tolerance.negative");
        }
        String dueText = bounded(required(in.duePeriod(), "duePeriod"), MAX_PERIOD, "duePeriod");
        WrittenPeriod due = WrittenPeriod.of(dueText);
        if (due.to() == null) {
            throw RequestRefused.badRequest("indicatoradmin.refused.duePeriod.invalid", dueText);
        }
        Precision precision = precision(in.precision(), indicator, dueText);
        String dimension = IndicatorRegistry.dimension(bounded(in.dimension(), MAX_DIMENSION_TEXT, "dimension"),
                indicator.dimensions()).orElseThrow(() -> RequestRefused.badRequest("indicatoradmin.refused.dimension.invalid",
                String.join(", ", indicator.dimensions())));
        String baselinePeriod = null;
        BigDecimal baselineValue = number(in.baselineValue(), "baselineValue", false);
        if (in.baselinePeriod() != null && !in.baselinePeriod().isBlank()) {
            String text = bounded(in.baselinePeriod(), MAX_PERIOD, "baselinePeriod");
            baselinePeriod = IndicatorRegistry.periodKey(text).orElseThrow(() ->
                    RequestRefused.badRequest("indicatoradmin.refused.baselinePeriod.invalid", text));
        }
        if (kind == TargetKind.CHANGE_FROM_BASELINE && baselinePeriod == null) {
            throw RequestRefused.badRequest("indicatoradmin.refused.baselinePeriod.missing");
        }
        if (kind != TargetKind.CHANGE_FROM_BASELINE) {
            baselinePeriod = null;
            baselineValue = null;
        }
        LocalDate countFrom = null;
        if (in.countFrom() != null && !in.countFrom().isBlank()) {
            String text = bounded(in.countFrom(), 10, "countFrom");
            try {
                countFrom = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw RequestRefused.badRequest("indicatoradmin.refused.countFrom.invalid", text);
            }
        }
        if (kind != TargetKind.COUNT_BY) {
            countFrom = null;
        }
        return new TargetView(goalId, indicator.code(), dimension, kind, mode, value, tolerance, precision, dueText.strip(),
                due.from(), due.to(), countFrom, baselinePeriod, baselineValue);
    }

    private static Precision precision(@Nullable String text, IndicatorView indicator, String dueText) {
        if (text != null && !text.isBlank()) {
            Precision p = choice(text, "precision", Precision.class);
            if (!IndicatorRegistry.observationPrecision(p)) {
                throw RequestRefused.badRequest("indicatoradmin.refused.precision.unknown", cut(text, 20));
            }
            return p;
        }
        for (Precision p : Precision.values()) {
            if (p.name().equals(indicator.frequency()) && IndicatorRegistry.observationPrecision(p)) {
                return p;
            }
        }
        return dk.almenmonitor.shared.DanishPeriodParser.findAll(dueText).stream().map(x -> x.precision())
                .filter(IndicatorRegistry::observationPrecision).findFirst().orElse(Precision.YEAR);
    }

    private static IndicatorView indicator(String code, IndicatorInput in) {
        String name = bounded(required(in.name(), "name"), MAX_NAME, "name");
        String unit = bounded(required(in.unit(), "unit"), MAX_UNIT, "unit");
        int decimals = in.decimals() == null ? 0 : in.decimals();
        if (decimals < 0 || decimals > 4) {
            throw RequestRefused.badRequest("indicatoradmin.refused.decimals.range");
        }
        Direction direction = choice(in.direction(), "direction", Direction.class);
        String source = bounded(required(in.source(), "source"), MAX_SOURCE, "source");
        String frequency = required(in.frequency(), "frequency").strip().toUpperCase(Locale.ROOT);
        if (!FREQUENCIES.contains(frequency)) {
            throw RequestRefused.badRequest("indicatoradmin.refused.frequency.unknown", cut(frequency, 20));
        }
        return new IndicatorView(code, name, unit, decimals, direction, source, frequency, dimensions(in.dimensions()),
                Boolean.TRUE.equals(in.cumulative()));
    }

    private static List<String> dimensions(@Nullable List<String> names) {
        if (names == null) {
            return List.of();
        }
        if (names.size() > MAX_DIMENSIONS) {
            throw RequestRefused.badRequest("indicatoradmin.refused.dimensions.tooMany", MAX_DIMENSIONS);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (n == null || n.isBlank()) {
                continue;
            }
            String name = n.strip().toLowerCase(Locale.ROOT);
            if (!name.matches("\\p{Ll}[\\p{Ll}0-9_-]{0,39}")) {
                throw RequestRefused.badRequest("indicatoradmin.refused.dimensions.invalid", cut(name, 40));
            }
            out.add(name);
        }
        return new ArrayList<>(out);
    }

    static String code(@Nullable String text) {
        String code = required(text, "code").strip();
        if (!code.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            throw RequestRefused.badRequest("indicatoradmin.refused.code.invalid", cut(code, 70));
        }
        return code;
    }

    private static String required(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw RequestRefused.badRequest("indicatoradmin.refused." + field + ".missing");
        }
        return text;
    }

    private static @Nullable String bounded(@Nullable String text, int max, String field) {
        if (text != null && text.strip().length() > max) {
            throw RequestRefused.badRequest("indicatoradmin.refused." + field + ".tooLong", max);
        }
        return text == null ? null : text.strip();
    }

    private static <E extends Enum<E>> E choice(@Nullable String text, String field, Class<E> type) {
        String value = required(text, field).strip().toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw RequestRefused.badRequest("indicatoradmin.refused." + field + ".unknown", cut(value, 30));
        }
    }

    private static @Nullable BigDecimal number(@Nullable BigDecimal value, String field, boolean required) {
        if (value == null) {
            if (required) {
                throw RequestRefused.badRequest("indicatoradmin.refused." + field + ".missing");
            }
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > MAX_DECIMALS || v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            throw RequestRefused.badRequest("indicatoradmin.refused." + field + ".range", MAX_INTEGER_DIGITS, MAX_DECIMALS);
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
