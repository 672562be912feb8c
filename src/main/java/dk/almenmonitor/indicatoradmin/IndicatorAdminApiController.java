package dk.almenmonitor.indicatoradmin;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.indicator.IndicatorEvaluations;
import dk.almenmonitor.indicator.IndicatorEvaluations.TargetChange;
import dk.almenmonitor.indicator.IndicatorView;
import dk.almenmonitor.indicator.TargetView;
import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indikatorer", description = "Indicators, observations and the evaluation of measurable goals")
class IndicatorAdminApiController {

    /** The versions of a goal's target, oldest first; {@code current} is the latest one's target. */
    record TargetVersions(long goalId, @Nullable TargetView current, List<TargetChange> versions) {
    }

    private final IndicatorAdmin admin;
    private final IndicatorEvaluations evaluations;
    private final CurrentUsers users;

    IndicatorAdminApiController(IndicatorAdmin admin, IndicatorEvaluations evaluations, CurrentUsers users) {
        this.admin = admin;
        this.evaluations = evaluations;
        this.users = users;
    }

    @PostMapping("/indicators")
    @PreAuthorize("@access.admin('indicatoradmin.refused.role')")
    @Operation(summary = "Create an indicator (ADMIN). Body: {\"code\", \"name\", \"unit\", \"decimals\", \"direction\", "
            + "\"source\", \"frequency\", \"dimensions\": [names], \"cumulative\"}")
    @ApiResponse(responseCode = "201", description = "Created; the body is the indicator")
    @ApiResponse(responseCode = "400", description = "A missing or invalid field, named in the Danish detail")
    @ApiResponse(responseCode = "409", description = "An indicator with the code exists")
    ResponseEntity<IndicatorView> create(@RequestBody(required = false) @Nullable IndicatorInput body) {
        IndicatorView created = admin.create(orEmpty(body), actor());
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.code() + "/observations")).body(created);
    }

    @PutMapping("/indicators/{code}")
    @PreAuthorize("@access.admin('indicatoradmin.refused.role')")
    @Operation(summary = "Change an indicator (ADMIN); the code stays. Body as for creating")
    @ApiResponse(responseCode = "400", description = "A missing or invalid field, named in the Danish detail")
    @ApiResponse(responseCode = "404", description = "No such indicator")
    IndicatorView update(@PathVariable String code, @RequestBody(required = false) @Nullable IndicatorInput body) {
        return admin.update(code, orEmpty(body), actor());
    }

    @GetMapping("/goals/{goalId}/target")
    @Operation(summary = "Every version of the goal's target, oldest first, with when each took effect")
    @ApiResponse(responseCode = "404", description = "No such goal")
    TargetVersions versions(@PathVariable String goalId) {
        long id = admin.goal(parseId(goalId)).id();
        return versions(id, evaluations.targetChanges(id));
    }

    @PutMapping("/goals/{goalId}/target")
    @PreAuthorize("@access.admin('indicatoradmin.refused.role')")
    @Operation(summary = "Set or change a measurable goal's target (ADMIN): a new version in force from now; earlier "
            + "versions are kept. Body: {\"indicatorCode\", \"kind\", \"value\", \"tolerance\", \"mode\", "
            + "\"baselinePeriod\", \"baselineValue\", \"duePeriod\"} and optionally \"precision\", \"dimension\", "
            + "\"countFrom\"; periods as Danish or ISO period texts (\"2017\", \"2016-H1\", \"2015-2018\")")
    @ApiResponse(responseCode = "200", description = "Set; the body is every version, the new one last")
    @ApiResponse(responseCode = "400", description = "A missing or invalid field, named in the Danish detail")
    @ApiResponse(responseCode = "404", description = "No such goal")
    @ApiResponse(responseCode = "409", description = "The goal is not measurable")
    TargetVersions setTarget(@PathVariable String goalId, @RequestBody(required = false) @Nullable TargetInput body) {
        long id = parseId(goalId);
        TargetInput input = body == null ? new TargetInput(null, null, null, null, null, null, null, null, null, null, null)
                : body;
        return versions(id, admin.setTarget(id, input, actor()));
    }

    private static TargetVersions versions(long goalId, List<TargetChange> changes) {
        return new TargetVersions(goalId, changes.isEmpty() ? null : changes.get(changes.size() - 1).target(), changes);
    }

    private static IndicatorInput orEmpty(@Nullable IndicatorInput body) {
        return body == null ? new IndicatorInput(null, null, null, null, null, null, null, null, null) : body;
    }

    private String actor() {
        return users.current().map(CurrentUser::username).orElse("anonymous");
    }

    static long parseId(String id) {
        return parse(id).orElseThrow(() ->
                RequestRefused.notFound("indicatoradmin.refused.noGoal", IndicatorAdmin.cut(id, 20)));
    }

    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
