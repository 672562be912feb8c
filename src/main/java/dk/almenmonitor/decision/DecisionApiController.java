package dk.almenmonitor.decision;

import java.net.URI;
import java.util.List;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/goals/{goalId}/decisions")
@Tag(name = "Beslutninger", description = "The decision log: decisions of the fora recorded against goals")
class DecisionApiController {

    private final Decisions decisions;
    private final AgreementCatalog catalog;
    private final CurrentUsers users;

    DecisionApiController(Decisions decisions, AgreementCatalog catalog, CurrentUsers users) {
        this.decisions = decisions;
        this.catalog = catalog;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "The goal's decisions, oldest first (every logged-in user)")
    @ApiResponse(responseCode = "404", description = "No such goal")
    List<DecisionView> list(@Parameter(description = "The goal's id") @PathVariable String goalId) {
        return decisions.forGoal(goal(goalId).id());
    }

    @PostMapping
    @PreAuthorize("@access.adminOrEditor('decision.refused.role')")
    @Operation(summary = "Record a decision against the goal (ADMIN, or an EDITOR of an organisation that owns the goal "
            + "and every goal in goalIds). Body: {\"date\": \"2016-10-31\", \"forum\": \"TMU\", \"text\": \"…\", "
            + "\"reference\": \"case number or http(s) link\", \"goalIds\": [further goal ids]}; forum one of "
            + "SAMARBEJDSFORUM, PARTNERSKABSFORUM, TMU, OEU, BR, BL1, OTHER; text at most 500 characters, reference 300")
    @ApiResponse(responseCode = "201", description = "Recorded; the body is the decision")
    @ApiResponse(responseCode = "400", description = "A missing or invalid field, named in the Danish detail")
    @ApiResponse(responseCode = "403", description = "Not ADMIN and not an owner of the goal")
    @ApiResponse(responseCode = "404", description = "No such goal")
    ResponseEntity<DecisionView> record(@Parameter(description = "The goal's id") @PathVariable String goalId,
                                        @RequestBody(required = false) @Nullable DecisionInput body) {
        GoalView goal = goal(goalId);
        DecisionView recorded = decisions.record(goal.id(),
                body == null ? new DecisionInput(null, null, null, null, null) : body, users.current().orElse(null));
        return ResponseEntity.created(URI.create("/api/v1/goals/" + goal.id() + "/decisions")).body(recorded);
    }

    private GoalView goal(String goalId) {
        return parse(goalId).flatMap(catalog::goal).orElseThrow(() ->
                RequestRefused.notFound("decision.refused.noGoal", goalId.length() > 20 ? goalId.substring(0, 20) : goalId));
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
