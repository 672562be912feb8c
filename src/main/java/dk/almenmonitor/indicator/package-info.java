/**
 * Indicators, observations, targets on measurable goals and their evaluation (docs/domain.md §4, §5). Public face:
 * {@link IndicatorEvaluations} (evaluate a goal's target as of a date, with the suggested achievement) and the
 * {@code *View} records. Goals are referred to by id; the seed links are resolved through the agreement catalogue.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "identity", "imports", "shared"})
package dk.almenmonitor.indicator;
