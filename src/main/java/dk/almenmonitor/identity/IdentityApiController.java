package dk.almenmonitor.identity;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the API client is authenticated as. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class IdentityApiController {

    private final CurrentUsers currentUsers;

    IdentityApiController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    record MeResponse(String username, String displayName, Role role, List<String> organisations) {
    }

    @GetMapping("/me")
    MeResponse me() {
        CurrentUser user = currentUsers.current()
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.UNAUTHORIZED));
        return new MeResponse(user.username(), user.displayName(), user.role(),
                user.organisationCodes().stream().sorted().toList());
    }
}
