package dk.almenmonitor.agreement;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.IfMatch;
import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretariat's maintenance of agreements and goals through the API (docs/domain.md "Goal maintenance"). Writes
 * are ADMIN only; a goal's ETag is its version and a write sends it back in {@code If-Match} ({@link IfMatch}, as for
 * statuses): missing 428, stale 412 with both versions ({@link GoalProblems}), malformed 400.
 */
@RestController
@Tag(name = "Aftaler", description = "Agreements, themes and goals")
class GoalApiController {

    private final AgreementCatalog catalog;
    private final GoalEditing editing;
    private final CurrentUsers users;

    GoalApiController(AgreementCatalog catalog, GoalEditing editing, CurrentUsers users) {
        this.catalog = catalog;
        this.editing = editing;
        this.users = users;
    }

    record TakeOver(List<Long> goalIds, Map<String, Integer> themes) {
    }

    record Move(String direction) {
    }

    record GoalWithLinks(GoalView goal, List<GoalChangeView> history, List<Long> takenOverIntoIds) {
    }

    @PostMapping("/api/v1/agreements")
    @PreAuthorize("@access.admin('agreement.refused.role')")
    @Operation(summary = "Create an agreement with its themes (ADMIN)")
    ResponseEntity<AgreementView> create(@RequestBody(required = false) AgreementInput input) {
        AgreementView created = editing.createAgreement(input, username());
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id())).body(created);
    }

    @PostMapping("/api/v1/agreements/{agreementId}/goals")
    @PreAuthorize("@access.admin('agreement.refused.role')")
    @Operation(summary = "Add a goal at the end of its theme (ADMIN); deadline as its Danish text")
    ResponseEntity<GoalView> add(@PathVariable String agreementId, @RequestBody(required = false) GoalInput input) {
        GoalView goal = editing.addGoal(agreementId, input, username());
        return ResponseEntity.created(URI.create("/api/v1/goals/" + goal.id())).eTag(IfMatch.etag(goal.version()))
                .body(goal);
    }

    @PostMapping("/api/v1/agreements/{agreementId}/goals/takeover")
    @PreAuthorize("@access.admin('agreement.refused.role')")
    @Operation(summary = "Take chosen goals of an earlier agreement over into this one, linked (ADMIN)")
    ResponseEntity<List<GoalView>> takeOver(@PathVariable String agreementId,
                                            @RequestBody(required = false) TakeOver request) {
        if (request == null) {
            throw GoalRules.refuse("goalIds.missing");
        }
        Map<Long, Integer> themes = new LinkedHashMap<>();
        if (request.themes() != null) {
            if (request.themes().size() > GoalRules.MAX_TAKE_OVER) {
                throw GoalRules.refuse("goalIds.tooMany", GoalRules.MAX_TAKE_OVER);
            }
            request.themes().forEach((id, theme) -> {
                if (!id.matches("\\d{1,18}") || theme == null) {
                    throw GoalRules.refuse("theme.invalid", id.length() > 20 ? id.substring(0, 20) : id);
                }
                themes.put(Long.valueOf(id), theme);
            });
        }
        return ResponseEntity.status(201).body(editing.takeOver(agreementId, request.goalIds(), themes, username()));
    }

    @GetMapping("/api/v1/goals/{goalId}")
    @Operation(summary = "One goal; its ETag is the version to send back in If-Match")
    ResponseEntity<GoalView> goal(@PathVariable String goalId) {
        GoalView goal = find(goalId);
        return ResponseEntity.ok().eTag(IfMatch.etag(goal.version())).body(goal);
    }

    @GetMapping("/api/v1/goals/{goalId}/history")
    @Operation(summary = "The goal's edit history (who, when, before/after per field), newest first")
    GoalWithLinks history(@PathVariable String goalId) {
        GoalView goal = find(goalId);
        return new GoalWithLinks(goal, catalog.history(goal.id()),
                catalog.takenOverInto(goal.id()).stream().map(GoalView::id).toList());
    }

    @PutMapping("/api/v1/goals/{goalId}")
    @PreAuthorize("@access.admin('agreement.refused.role')")
    @Operation(summary = "Edit a goal (ADMIN); If-Match must carry the version read; stale → 412, missing → 428")
    ResponseEntity<GoalView> edit(@PathVariable String goalId, @RequestBody(required = false) GoalInput input,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Integer version = version(ifMatch);
        GoalView saved = editing.edit(find(goalId).id(), version, input, username());
        return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(saved);
    }

    @PostMapping("/api/v1/goals/{goalId}/retire")
    @PreAuthorize("@access.admin('agreement.refused.role')")
    @Operation(summary = "Retire a goal (ADMIN): kept with its history, no status in new rounds; If-Match optional")
    ResponseEntity<GoalView> retire(@PathVariable String goalId,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        GoalView retired = editing.retire(find(goalId).id(), version(ifMatch), username());
        return ResponseEntity.ok().eTag(IfMatch.etag(retired.version())).body(retired);
    }

    @PostMapping("/api/v1/goals/{goalId}/move")
    @PreAuthorize("@access.admin('agreement.refused.role')")
    @Operation(summary = "Move a goal one place UP or DOWN within its theme (ADMIN); answers the agreement's goals")
    List<GoalView> move(@PathVariable String goalId, @RequestBody(required = false) Move request) {
        String direction = request == null ? null : request.direction();
        if (!"UP".equals(direction) && !"DOWN".equals(direction)) {
            throw GoalRules.refuse("direction.invalid");
        }
        return editing.move(find(goalId).id(), "UP".equals(direction), username());
    }

    static Integer version(String ifMatch) {
        return IfMatch.version(ifMatch, () -> RequestRefused.badRequest("agreement.refused.ifMatch"));
    }

    private GoalView find(String goalId) {
        if (goalId == null || !goalId.matches("\\d{1,18}")) {
            throw RequestRefused.notFound("agreement.refused.noGoal", goalId == null ? "" : goalId.substring(0,
                    Math.min(goalId.length(), 20)));
        }
        return catalog.goal(Long.parseLong(goalId)).orElseThrow(() ->
                RequestRefused.notFound("agreement.refused.noGoal", goalId));
    }

    private String username() {
        return users.current().map(CurrentUser::username).orElse("anonymous");
    }
}
