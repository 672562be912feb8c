package dk.almenmonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.almenmonitor.shared.Precision;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class EvaluationTextsTests {

    static EvaluationTexts texts() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new EvaluationTexts(source);
    }

    private final EvaluationTexts texts = texts();
    private final IndicatorView share = new IndicatorView("a", "Andel", "%", 1, Direction.HIGHER_IS_BETTER, "BBR",
            "YEAR", List.of(), false);
    private final IndicatorView evictions = new IndicatorView("u", "Udsættelser", "udsættelser", 0,
            Direction.LOWER_IS_BETTER, "DS", "YEAR", List.of(), false);

    @Test
    void withinToleranceReadsLikeTheProductSpecification() {
        TargetView t = TargetEvaluatorTests.target(TargetKind.AT_LEAST, TargetMode.MAINTAIN, "20", "0.5", Precision.DAY,
                LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31));
        Outcome o = TargetEvaluator.evaluate(t, false, List.of(TargetEvaluatorTests.day("2016-12-31", "19.9")), null,
                LocalDate.of(2017, 3, 31));
        assertThat(texts.explain(t, share, o, LocalDate.of(2017, 3, 31)))
                .isEqualTo("Opfyldt inden for tolerancen: 19,9 % ≥ 20 % − 0,5 pp tolerance (31. december 2016).");
    }

    @Test
    void comparisonsUseDanishNumbersAndTheRightSign() {
        TargetView atMost = TargetEvaluatorTests.target(TargetKind.AT_MOST, TargetMode.BY_DUE, "457", "0", Precision.YEAR,
                LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
        assertThat(texts.comparison(atMost, evictions, new BigDecimal("361"))).isEqualTo("361 ≤ 457 udsættelser");
        assertThat(texts.comparison(atMost, evictions, new BigDecimal("1538"))).isEqualTo("1.538 > 457 udsættelser");
        TargetView change = TargetEvaluatorTests.target(TargetKind.CHANGE_FROM_BASELINE, TargetMode.BY_DUE, "-33.33", "0",
                Precision.DAY, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        assertThat(texts.comparison(change, evictions, new BigDecimal("-50"))).isEqualTo("−50,0 % ≤ −33,33 %");
    }

    @Test
    void noDataSaysWhatIsMissing() {
        TargetView t = TargetEvaluatorTests.target(TargetKind.CHANGE_FROM_BASELINE, TargetMode.BY_DUE, "-30", "0",
                Precision.YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        Outcome o = TargetEvaluator.evaluate(t, false, List.of(), new BigDecimal("120"), LocalDate.of(2017, 3, 31));
        assertThat(texts.explain(t, share, o, LocalDate.of(2017, 3, 31)))
                .isEqualTo("Ingen data: der er endnu ingen årlige værdier for „Andel“ pr. 31. marts 2017.");
    }
}
