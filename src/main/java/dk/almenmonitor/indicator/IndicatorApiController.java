package dk.almenmonitor.indicator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indikatorer", description = "Indicators, observations and the evaluation of measurable goals")
class IndicatorApiController {

    private final IndicatorQueries queries;
    private final IndicatorEvaluations evaluations;
    private final AgreementCatalog catalog;

    IndicatorApiController(IndicatorQueries queries, IndicatorEvaluations evaluations, AgreementCatalog catalog) {
        this.queries = queries;
        this.evaluations = evaluations;
        this.catalog = catalog;
    }

    @GetMapping("/indicators")
    @Operation(summary = "Every indicator")
    List<IndicatorView> indicators() {
        return queries.indicators();
    }

    @GetMapping("/indicators/{code}/observations")
    @Operation(summary = "The indicator's observations by period, with their earlier values")
    List<ObservationView> observations(@PathVariable String code) {
        if (queries.indicator(code).isEmpty()) {
            throw RequestRefused.notFound("indicator.refused.unknownIndicator", code);
        }
        return queries.observations(code);
    }

    @GetMapping("/goals/{goalId}/evaluation")
    @Operation(summary = "The goal's target evaluated as of a date (default: today, but not after the agreement's end)")
    GoalEvaluationView evaluation(@PathVariable String goalId, @RequestParam(required = false) String asOf) {
        GoalView goal = parseId(goalId).flatMap(catalog::goal).orElseThrow(() ->
                RequestRefused.notFound("indicator.refused.unknownGoal", goalId));
        LocalDate date = asOf == null || asOf.isBlank() ? evaluations.defaultAsOf(goal.agreementId()) : parseDate(asOf);
        return evaluations.evaluate(goal.id(), date).orElseThrow(() ->
                RequestRefused.notFound("indicator.refused.noTarget", goalId));
    }

    static java.util.Optional<Long> parseId(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw RequestRefused.badRequest("indicator.refused.dateFormat", text);
        }
    }
}
