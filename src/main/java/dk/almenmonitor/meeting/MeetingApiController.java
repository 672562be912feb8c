package dk.almenmonitor.meeting;

import java.net.URI;
import java.util.List;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
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
@RequestMapping("/api/v1/agreements/{agreementId}/meetings")
@Tag(name = "Meetings", description = "Meetings of the fora and their briefings")
class MeetingApiController {

    private final Meetings meetings;
    private final CurrentUsers users;

    MeetingApiController(Meetings meetings, CurrentUsers users) {
        this.meetings = meetings;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "The agreement's meetings, newest first (every logged-in user)")
    @ApiResponse(responseCode = "404", description = "No such agreement")
    List<MeetingView> list(@PathVariable String agreementId) {
        return meetings.forAgreement(agreementId);
    }

    @GetMapping("/{id}/briefing")
    @Operation(summary = "The meeting's briefing: changes since the previous meeting of the forum, overdue goals, what "
            + "is missing in the round, decisions since the previous meeting and the goals to record decisions on")
    @ApiResponse(responseCode = "404", description = "No such agreement or meeting")
    Briefing briefing(@PathVariable String agreementId, @PathVariable String id) {
        return meetings.briefing(agreementId, id);
    }

    @PostMapping
    @PreAuthorize("@access.admin('meeting.refused.role')")
    @Operation(summary = "Create a meeting (ADMIN). Body: {\"forum\": \"SAMARBEJDSFORUM\", \"date\": \"2017-05-10\", "
            + "\"period\": \"2017-Q1\"}; forum one of SAMARBEJDSFORUM, PARTNERSKABSFORUM, TMU, OEU, BR, BL1, OTHER; "
            + "period a round of the agreement")
    @ApiResponse(responseCode = "201", description = "Created; the body is the meeting")
    @ApiResponse(responseCode = "400", description = "A missing or invalid field, named in the Danish detail")
    @ApiResponse(responseCode = "403", description = "Not ADMIN")
    @ApiResponse(responseCode = "404", description = "No such agreement")
    ResponseEntity<MeetingView> create(@PathVariable String agreementId,
                                       @RequestBody(required = false) @Nullable MeetingInput body) {
        MeetingView created = meetings.create(agreementId, body == null ? new MeetingInput(null, null, null) : body,
                users.current().map(CurrentUser::username).orElse("anonymous"));
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.agreementId() + "/meetings/"
                + created.id() + "/briefing")).body(created);
    }
}
