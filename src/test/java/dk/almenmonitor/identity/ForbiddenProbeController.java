package dk.almenmonitor.identity;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint that denies every caller, to observe how the API reports an authorisation failure.
 * {@code @TestComponent} keeps it out of component scanning; only {@link IdentityWebTest} imports it.
 */
@TestComponent
@RestController
class ForbiddenProbeController {

    static final String PATH = "/api/v1/test-only/forbidden";

    @GetMapping(PATH)
    String forbidden() {
        throw new AccessDeniedException("test probe");
    }
}
