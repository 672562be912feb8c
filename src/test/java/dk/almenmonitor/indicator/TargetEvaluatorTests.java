package dk.almenmonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.almenmonitor.indicator.Outcome.Reason;
import dk.almenmonitor.shared.Precision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status for every target kind and mode, with the tolerance edges. */
class TargetEvaluatorTests {

    static TargetView target(TargetKind kind, TargetMode mode, String value, String tolerance, Precision precision,
                             LocalDate from, LocalDate to) {
        return new TargetView(1, "x", "", kind, mode, new BigDecimal(value), new BigDecimal(tolerance), precision,
                "periode", from, to, kind == TargetKind.COUNT_BY ? from : null, "2010", null);
    }

    static Point day(String date, String value) {
        LocalDate d = LocalDate.parse(date);
        return new Point(ObservationPeriod.of(d, d, Precision.DAY), new BigDecimal(value));
    }

    static Point year(int year, String value) {
        return new Point(ObservationPeriod.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR),
                new BigDecimal(value));
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Nested
    class AtLeastMaintain {
        final TargetView t = target(TargetKind.AT_LEAST, TargetMode.MAINTAIN, "20", "0.5", Precision.DAY,
                d("2015-01-01"), d("2018-12-31"));

        @ParameterizedTest
        @CsvSource({"20.2, MET", "20.0, MET", "19.9, MET_WITHIN_TOLERANCE", "19.5, MET_WITHIN_TOLERANCE",
                "19.49, NOT_MET", "12, NOT_MET"})
        void latestObservationInThePeriodDecides(String latest, EvaluationStatus expected) {
            Outcome o = TargetEvaluator.evaluate(t, false, List.of(day("2016-01-01", "25"), day("2016-12-31", latest)),
                    null, d("2017-03-31"));
            assertThat(o.status()).isEqualTo(expected);
            assertThat(o.latest().period().key()).isEqualTo("2016-12-31");
        }

        @Test
        void observationsAfterTheEvaluationDateAreNotKnownYet() {
            Outcome o = TargetEvaluator.evaluate(t, false, List.of(day("2016-01-01", "20.2"), day("2016-12-31", "10")),
                    null, d("2016-06-30"));
            assertThat(o.status()).isEqualTo(EvaluationStatus.MET);
            assertThat(o.latest().value()).isEqualByComparingTo("20.2");
        }

        @Test
        void noObservationIsNoData() {
            assertThat(TargetEvaluator.evaluate(t, false, List.of(), null, d("2017-03-31")).reason())
                    .isEqualTo(Reason.NO_OBSERVATIONS);
        }

        @Test
        void observationsOutsideThePeriodAreNoData() {
            Outcome o = TargetEvaluator.evaluate(t, false, List.of(day("2014-06-01", "21")), null, d("2017-03-31"));
            assertThat(o.status()).isEqualTo(EvaluationStatus.NO_DATA);
            assertThat(o.reason()).isEqualTo(Reason.NO_VALUE_IN_DUE_PERIOD);
        }

        @Test
        void projectsTheTrendToThePeriodEnd() {
            Outcome o = TargetEvaluator.evaluate(t, false, List.of(day("2016-01-01", "20.2"), day("2016-12-31", "19.9")),
                    null, d("2017-03-31"));
            assertThat(o.projection().date()).isEqualTo(d("2018-12-31"));
            assertThat(o.projection().value().doubleValue()).isLessThan(19.9);
            assertThat(o.projection().points()).isEqualTo(2);
        }
    }

    @Nested
    class AtMostByDue {
        final TargetView t = target(TargetKind.AT_MOST, TargetMode.BY_DUE, "457", "10", Precision.YEAR,
                d("2017-01-01"), d("2017-12-31"));
        final List<Point> history = List.of(year(2013, "538"), year(2014, "474"), year(2015, "361"));

        @Test
        void beforeTheDuePeriodTheLatestValueDecides() {
            Outcome o = TargetEvaluator.evaluate(t, false, history, null, d("2017-03-31"));
            assertThat(o.status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(o.latest().value()).isEqualByComparingTo("361");
            assertThat(o.projection().date()).isEqualTo(d("2017-07-02"));
            assertThat(o.projection().value().doubleValue()).isCloseTo(192.2, within(1.0));
        }

        @ParameterizedTest
        @CsvSource({"457, ON_TRACK", "467, ON_TRACK", "468, OFF_TRACK"})
        void toleranceCountsBeforeTheDuePeriod(String latest, EvaluationStatus expected) {
            Outcome o = TargetEvaluator.evaluate(t, false, List.of(year(2015, latest)), null, d("2016-06-30"));
            assertThat(o.status()).isEqualTo(expected);
            assertThat(o.projection()).as("one point gives no projection").isNull();
        }

        @ParameterizedTest
        @CsvSource({"400, MET", "457, MET", "467, MET_WITHIN_TOLERANCE", "467.01, NOT_MET"})
        void afterTheDuePeriodItsOwnValueDecides(String value2017, EvaluationStatus expected) {
            List<Point> points = List.of(year(2015, "361"), year(2016, "300"), year(2017, value2017));
            Outcome o = TargetEvaluator.evaluate(t, false, points, null, d("2018-03-31"));
            assertThat(o.status()).isEqualTo(expected);
            assertThat(o.projection()).isNull();
        }

        @Test
        void afterTheDuePeriodWithoutItsValueIsNoData() {
            Outcome o = TargetEvaluator.evaluate(t, false, history, null, d("2018-03-31"));
            assertThat(o.status()).isEqualTo(EvaluationStatus.NO_DATA);
            assertThat(o.reason()).isEqualTo(Reason.NO_VALUE_IN_DUE_PERIOD);
        }

        @Test
        void theLastDayOfTheDuePeriodCountsAsEnded() {
            List<Point> points = List.of(year(2017, "400"));
            assertThat(TargetEvaluator.evaluate(t, false, points, null, d("2017-12-31")).status())
                    .isEqualTo(EvaluationStatus.MET);
            assertThat(TargetEvaluator.evaluate(t, false, points, null, d("2017-12-30")).status())
                    .as("the 2017 value is not known before 2017 has ended").isEqualTo(EvaluationStatus.NO_DATA);
        }
    }

    @Nested
    class CountBy {
        final TargetView t = target(TargetKind.COUNT_BY, TargetMode.BY_DUE, "2000", "0", Precision.DAY,
                d("2015-01-01"), d("2016-12-31"));

        @Test
        void afterTheDueDateTheCumulativeCountDecides() {
            List<Point> points = List.of(day("2016-11-01", "1580"), day("2016-12-01", "1648"));
            Outcome o = TargetEvaluator.evaluate(t, true, points, null, d("2017-03-31"));
            assertThat(o.status()).isEqualTo(EvaluationStatus.NOT_MET);
            assertThat(o.measured()).isEqualByComparingTo("1648");
        }

        @Test
        void beforeTheDueDateTheProjectionDecides() {
            List<Point> slow = List.of(day("2015-12-31", "700"), day("2016-06-30", "1000"));
            Outcome off = TargetEvaluator.evaluate(t, true, slow, null, d("2016-07-01"));
            assertThat(off.status()).isEqualTo(EvaluationStatus.OFF_TRACK);
            assertThat(off.projected()).isTrue();
            assertThat(off.projection().points()).as("the count's start point is included").isEqualTo(3);
            assertThat(off.projection().value().doubleValue()).isLessThan(2000);

            List<Point> fast = List.of(day("2015-12-31", "1100"), day("2016-06-30", "1600"));
            Outcome on = TargetEvaluator.evaluate(t, true, fast, null, d("2016-07-01"));
            assertThat(on.status()).isEqualTo(EvaluationStatus.ON_TRACK);
            assertThat(on.projection().value().doubleValue()).isGreaterThan(2000);
        }

        @Test
        void aCountAlreadyReachedIsMetBeforeTheDueDate() {
            Outcome o = TargetEvaluator.evaluate(t, true, List.of(day("2016-06-30", "2000")), null, d("2016-07-01"));
            assertThat(o.status()).isEqualTo(EvaluationStatus.MET);
            assertThat(o.reason()).isEqualTo(Reason.REACHED_EARLY);
        }

        @ParameterizedTest
        @CsvSource({"2000, MET", "1950, MET_WITHIN_TOLERANCE", "1949, NOT_MET"})
        void toleranceAfterTheDueDate(String count, EvaluationStatus expected) {
            TargetView tolerant = new TargetView(1, "x", "", TargetKind.COUNT_BY, TargetMode.BY_DUE,
                    new BigDecimal("2000"), new BigDecimal("50"), Precision.DAY, "2015-2016", d("2015-01-01"),
                    d("2016-12-31"), d("2015-01-01"), null, null);
            assertThat(TargetEvaluator.evaluate(tolerant, true, List.of(day("2016-12-31", count)), null, d("2017-01-02"))
                    .status()).isEqualTo(expected);
        }

        @Test
        void flowsAreSummedFromTheCountStart() {
            TargetView annual = target(TargetKind.COUNT_BY, TargetMode.BY_DUE, "2000", "0", Precision.YEAR,
                    d("2015-01-01"), d("2016-12-31"));
            List<Point> flows = List.of(year(2014, "5000"), year(2015, "900"), year(2016, "1100"));
            Outcome o = TargetEvaluator.evaluate(annual, false, flows, null, d("2017-01-31"));
            assertThat(o.status()).isEqualTo(EvaluationStatus.MET);
            assertThat(o.measured()).as("2014 is before the count starts").isEqualByComparingTo("2000");
        }

        @Test
        void noCountIsNoData() {
            assertThat(TargetEvaluator.evaluate(t, true, List.of(), null, d("2016-07-01")).status())
                    .isEqualTo(EvaluationStatus.NO_DATA);
        }
    }

    @Nested
    class ChangeFromBaseline {
        final TargetView reduce = target(TargetKind.CHANGE_FROM_BASELINE, TargetMode.BY_DUE, "-30", "1", Precision.YEAR,
                d("2025-01-01"), d("2025-12-31"));

        @ParameterizedTest
        @CsvSource({"70, MET", "69, MET", "71, MET_WITHIN_TOLERANCE", "71.01, NOT_MET"})
        void afterTheDueYearTheChangeDecides(String value2025, EvaluationStatus expected) {
            Outcome o = TargetEvaluator.evaluate(reduce, false, List.of(year(2025, value2025)), new BigDecimal("100"),
                    d("2026-02-01"));
            assertThat(o.status()).isEqualTo(expected);
            assertThat(o.baseline()).isEqualByComparingTo("100");
        }

        @ParameterizedTest
        @CsvSource({"71, ON_TRACK", "90, OFF_TRACK"})
        void beforeTheDueYearTheLatestChangeDecides(String value, EvaluationStatus expected) {
            Outcome o = TargetEvaluator.evaluate(reduce, false, List.of(year(2016, value)), new BigDecimal("100"),
                    d("2017-03-31"));
            assertThat(o.status()).isEqualTo(expected);
        }

        @Test
        void anIncreaseTargetNeedsAtLeastTheChange() {
            TargetView grow = target(TargetKind.CHANGE_FROM_BASELINE, TargetMode.MAINTAIN, "10", "0", Precision.YEAR,
                    d("2015-01-01"), d("2018-12-31"));
            assertThat(TargetEvaluator.evaluate(grow, false, List.of(year(2016, "110")), new BigDecimal("100"),
                    d("2017-03-31")).status()).isEqualTo(EvaluationStatus.MET);
            assertThat(TargetEvaluator.evaluate(grow, false, List.of(year(2016, "109")), new BigDecimal("100"),
                    d("2017-03-31")).status()).isEqualTo(EvaluationStatus.NOT_MET);
        }

        @Test
        void withoutABaselineThereIsNoData() {
            Outcome o = TargetEvaluator.evaluate(reduce, false, List.of(year(2016, "80")), null, d("2017-03-31"));
            assertThat(o.status()).isEqualTo(EvaluationStatus.NO_DATA);
            assertThat(o.reason()).isEqualTo(Reason.NO_BASELINE);
        }

        @Test
        void withoutObservationsThereIsNoData() {
            Outcome o = TargetEvaluator.evaluate(reduce, false, List.of(), new BigDecimal("100"), d("2017-03-31"));
            assertThat(o.reason()).isEqualTo(Reason.NO_OBSERVATIONS);
        }
    }

    @Test
    void suggestedAchievementsAndDisagreement() {
        assertThat(EvaluationStatus.MET_WITHIN_TOLERANCE.suggestedAchievement()).isEqualTo("FULFILLED");
        assertThat(EvaluationStatus.NOT_MET.suggestedAchievement()).isEqualTo("NOT_FULFILLED");
        assertThat(EvaluationStatus.ON_TRACK.suggestedAchievement()).isEqualTo("IN_PROGRESS");
        assertThat(EvaluationStatus.NO_DATA.suggestedAchievement()).isNull();
        GoalEvaluationView notMet = new GoalEvaluationView(1, "x", EvaluationStatus.NOT_MET, d("2017-03-31"), null, null,
                null, null, "", "NOT_FULFILLED");
        assertThat(notMet.disagreesWith("IN_PROGRESS")).isTrue();
        assertThat(notMet.disagreesWith("NOT_FULFILLED")).isFalse();
        assertThat(notMet.disagreesWith(null)).isFalse();
        GoalEvaluationView noData = new GoalEvaluationView(1, "x", EvaluationStatus.NO_DATA, d("2017-03-31"), null, null,
                null, null, "", null);
        assertThat(noData.disagreesWith("FULFILLED")).isFalse();
    }
}
