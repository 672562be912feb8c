package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts an {@link Outcome} into a Danish sentence (messages_da.properties, keys indicator.explain.*). */
@Component
class EvaluationTexts {

    private final MessageSource messages;

    EvaluationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String explain(TargetView t, IndicatorView indicator, Outcome o, LocalDate asOf) {
        return switch (o.reason()) {
            case NO_OBSERVATIONS -> msg("indicator.explain.NO_OBSERVATIONS", msg("indicator.precision.adj." + t.precision()),
                    indicator.name(), DanishFormat.date(asOf));
            case NO_VALUE_IN_DUE_PERIOD -> msg("indicator.explain.NO_VALUE_IN_DUE_PERIOD",
                    msg("indicator.precision.adj." + t.precision()), indicator.name(), t.periodText());
            case NO_BASELINE -> msg("indicator.explain.NO_BASELINE", periodLabel(t.baselinePeriod()));
            case REACHED_EARLY -> msg("indicator.explain.REACHED_EARLY", comparison(t, indicator, o.measured()),
                    context(t, indicator, o), t.periodText());
            case JUDGED -> o.projected()
                    ? msg("indicator.explain.projected." + o.status(), comparison(t, indicator, o.projection().measured()),
                    context(t, indicator, o), DanishFormat.date(o.projection().date()))
                    : msg("indicator.explain." + o.status(), comparison(t, indicator, o.measured()),
                    context(t, indicator, o), t.periodText());
        };
    }

    /** "Mindst 20 % · hele perioden 2015-2018 · tolerance 0,5 pp". */
    String target(TargetView t, IndicatorView i) {
        String what = t.kind() == TargetKind.CHANGE_FROM_BASELINE
                ? msg("indicator.target.CHANGE_FROM_BASELINE", EvaluationTexts.natural(t.value()) + " %",
                EvaluationTexts.periodLabel(t.baselinePeriod()))
                : msg("indicator.target." + t.kind(), EvaluationTexts.threshold(t.value(), i));
        String text = what + " · " + msg("indicator.target." + t.mode(), t.periodText());
        if (t.tolerance().signum() > 0) {
            String unit = i.percent() || t.kind() == TargetKind.CHANGE_FROM_BASELINE ? " pp"
                    : i.unit().isBlank() ? "" : " " + i.unit();
            text += " · " + msg("indicator.target.tolerance", EvaluationTexts.natural(t.tolerance()) + unit);
        }
        return text;
    }

    /** "19,9 % ≥ 20 % − 0,5 pp tolerance", "361 ≤ 457 udsættelser", "−50,0 % ≤ −33,33 %". */
    String comparison(TargetView t, IndicatorView i, BigDecimal measured) {
        boolean change = t.kind() == TargetKind.CHANGE_FROM_BASELINE;
        String left = change ? change(measured) : value(measured, i);
        String right = change ? natural(t.value()) + " %" : threshold(t.value(), i);
        String tolerance = natural(t.tolerance()) + (change || i.percent() ? " pp" : unitSuffix(i)) + " "
                + msg("indicator.explain.tolerance");
        boolean higher = TargetEvaluator.higherIsRequired(t);
        boolean hasTolerance = t.tolerance().signum() > 0;
        String withTolerance = right + (higher ? " − " : " + ") + tolerance;
        return switch (TargetEvaluator.judge(t, measured)) {
            case MET -> left + (higher ? " ≥ " : " ≤ ") + right;
            case MET_WITHIN_TOLERANCE -> left + (higher ? " ≥ " : " ≤ ") + withTolerance;
            default -> left + (higher ? " < " : " > ") + (hasTolerance ? withTolerance : right);
        };
    }

    private String context(TargetView t, IndicatorView i, Outcome o) {
        String when = o.latest().period().danish();
        if (t.kind() == TargetKind.CHANGE_FROM_BASELINE) {
            return msg("indicator.explain.baseline", value(o.latest().value(), i), when, value(o.baseline(), i),
                    periodLabel(t.baselinePeriod()));
        }
        return t.kind() == TargetKind.COUNT_BY ? msg("indicator.explain.cumulative", when) : when;
    }

    static String periodLabel(String key) {
        return ObservationPeriod.parse(key).map(ObservationPeriod::danish).orElse(key);
    }

    /** An observed value with the indicator's decimals: "19,9 %", "1.648". */
    static String value(BigDecimal v, IndicatorView i) {
        return DanishFormat.number(v, i.decimals()) + (i.percent() ? " %" : "");
    }

    /** A threshold as written, with the unit: "20 %", "2.000 boliger". */
    static String threshold(BigDecimal v, IndicatorView i) {
        return natural(v) + (i.percent() ? " %" : unitSuffix(i));
    }

    static String change(BigDecimal percent) {
        return DanishFormat.number(percent, 1).replace("-", "−") + " %";
    }

    /** The number with as many decimals as it has (at most two): 20 → "20", 0.5 → "0,5", 2000 → "2.000". */
    static String natural(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        int scale = Math.min(2, Math.max(0, stripped.scale()));
        return DanishFormat.number(stripped.setScale(scale, RoundingMode.HALF_UP), scale).replace("-", "−");
    }

    static String unitSuffix(IndicatorView i) {
        return i.unit() == null || i.unit().isBlank() ? "" : " " + i.unit();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, DanishFormat.DANISH);
    }
}
