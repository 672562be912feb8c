package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.indicator.ChartBuilder.SeriesInput;
import dk.almenmonitor.indicator.ChartBuilder.TargetInput;
import dk.almenmonitor.indicator.ChartBuilder.Value;
import dk.almenmonitor.shared.DanishFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the {@link IndicatorPanel}s of a goal for the indicator page and the dashboard. */
@Component
class IndicatorPanels {

    private final IndicatorQueries queries;
    private final IndicatorEvaluations evaluations;
    private final MessageSource messages;

    IndicatorPanels(IndicatorQueries queries, IndicatorEvaluations evaluations, MessageSource messages) {
        this.queries = queries;
        this.evaluations = evaluations;
        this.messages = messages;
    }

    List<IndicatorPanel> panels(long goalId, LocalDate asOf, boolean small) {
        TargetView target = queries.target(goalId, asOf).orElse(null);
        List<IndicatorPanel> panels = new ArrayList<>();
        for (String code : queries.indicatorsOf(goalId)) {
            IndicatorView indicator = queries.indicator(code).orElseThrow();
            TargetView t = target != null && target.indicator().equals(code) ? target : null;
            panels.add(panel(indicator, t, t == null ? null : evaluations.evaluate(t, asOf), asOf, small));
        }
        return panels;
    }

    private IndicatorPanel panel(IndicatorView i, TargetView t, GoalEvaluationView e, LocalDate asOf, boolean small) {
        List<ObservationRecord> all = queries.records(i.code());
        List<ObservationRecord> known = all.stream().filter(o -> !o.period().to().isAfter(asOf)).toList();
        List<IndicatorPanel.Row> rows = known.stream().map(o -> new IndicatorPanel.Row(o.period().danish(),
                o.dimension().isEmpty() ? msg("indicator.total") : Dimensions.label(o.dimension()),
                EvaluationTexts.value(o.value(), i), o.sourceNote(), t != null && used(t, o), o.version() - 1)).toList();
        ChartModel chart = t == null ? chartOfDimensions(i, known, small) : chartOfTarget(i, t, e, known, small);
        String latest = t == null ? monitoredLatest(i, known) : e == null || e.latest() == null ? null
                : EvaluationTexts.value(e.latest().value(), i) + " (" + e.latest().label() + ")";
        String projection = e == null || e.projection() == null ? null : msg("indicator.page.projection",
                DanishFormat.date(e.projection().date()), EvaluationTexts.value(e.projection().value(), i),
                e.projection().points());
        return new IndicatorPanel(i, t, e, t == null ? null : targetText(t, i), latest, projection,
                IndicatorPanel.badge(e == null ? null : e.status()), chart, rows, all.size() - known.size());
    }

    /**
     * For an indicator followed without a target: the values of its latest period, every dimension ("familie 2,
     * ungdom 1 (15. januar 2018)"); null when it has none yet.
     */
    private String monitoredLatest(IndicatorView i, List<ObservationRecord> known) {
        ObservationRecord newest = known.stream().max(java.util.Comparator.comparing((ObservationRecord o) -> o.period().to())
                .thenComparing(o -> o.period().from())).orElse(null);
        if (newest == null) {
            return null;
        }
        String values = known.stream().filter(o -> o.period().key().equals(newest.period().key()))
                .map(o -> (o.dimension().isEmpty() ? msg("indicator.total") : Dimensions.label(o.dimension())) + " "
                        + EvaluationTexts.value(o.value(), i) + (i.percent() ? "" : EvaluationTexts.unitSuffix(i)))
                .collect(java.util.stream.Collectors.joining(", "));
        return msg("indicator.monitored.latest", newest.period().danish(), values);
    }

    private static boolean used(TargetView t, ObservationRecord o) {
        return o.dimension().equals(t.dimension()) && o.period().precision() == t.precision();
    }

    private ChartModel chartOfTarget(IndicatorView i, TargetView t, GoalEvaluationView e, List<ObservationRecord> known,
                                     boolean small) {
        List<Value> values = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean flows = t.kind() == TargetKind.COUNT_BY && !i.cumulative();
        for (ObservationRecord o : known) {
            if (!used(t, o) || flows && t.countStart() != null && o.period().from().isBefore(t.countStart())) {
                continue;
            }
            sum = flows ? sum.add(o.value()) : o.value();
            LocalDate at = t.kind() == TargetKind.COUNT_BY ? o.period().to() : o.period().representative();
            values.add(new Value(at, sum.doubleValue(), EvaluationTexts.value(sum, i)));
        }
        double level = t.value().doubleValue();
        double tolerance = t.tolerance().doubleValue();
        if (t.kind() == TargetKind.CHANGE_FROM_BASELINE) {
            double base = e.baseline() == null ? Double.NaN : e.baseline().doubleValue();
            level = base * (1 + level / 100);
            tolerance = base * tolerance / 100;
        }
        TargetInput target = Double.isNaN(level) ? null : new TargetInput(level,
                TargetEvaluator.higherIsRequired(t) ? level - tolerance : level + tolerance,
                msg("indicator.chart.target") + " " + DanishFormat.number(level, i.decimals()) + (i.percent() ? " %" : ""),
                t.mode() == TargetMode.BY_DUE ? t.periodFrom() : null, t.periodTo(), msg("indicator.chart.due") + " " + t.periodText());
        Value from = values.isEmpty() ? null : values.get(values.size() - 1);
        Value projected = e.projection() == null ? null : new Value(e.projection().date(),
                e.projection().value().doubleValue(), EvaluationTexts.value(e.projection().value(), i));
        return builder(small).build(List.of(new SeriesInput(i.name(), values)), target, from, projected, true);
    }

    private ChartModel chartOfDimensions(IndicatorView i, List<ObservationRecord> known, boolean small) {
        Map<String, List<Value>> byDimension = new LinkedHashMap<>();
        for (ObservationRecord o : known) {
            String name = o.dimension().isEmpty() ? msg("indicator.total") : Dimensions.label(o.dimension());
            byDimension.computeIfAbsent(name, k -> new ArrayList<>()).add(new Value(o.period().representative(),
                    o.value().doubleValue(), EvaluationTexts.value(o.value(), i)));
        }
        List<SeriesInput> series = byDimension.entrySet().stream().map(en -> new SeriesInput(en.getKey(), en.getValue())).toList();
        return builder(small).build(series, null, null, null, true);
    }

    private static ChartBuilder builder(boolean small) {
        return small ? new ChartBuilder(480, 240) : new ChartBuilder(760, 340);
    }

    /** "Mindst 20 % · hele perioden 2015-2018 · tolerance 0,5 pp". */
    String targetText(TargetView t, IndicatorView i) {
        return new EvaluationTexts(messages).target(t, i);
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, DanishFormat.DANISH);
    }
}
