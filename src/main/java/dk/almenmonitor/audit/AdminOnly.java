package dk.almenmonitor.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The audit log is for the secretariat (ADMIN) only. Checked through the servlet request's roles, so this module
 * needs nothing from {@code identity}; the thrown exception becomes a 403 (problem+json for the API, the error page
 * for browsers) and an {@code AUTHORIZATION_DENIED} audit row.
 */
final class AdminOnly {

    private AdminOnly() {
    }

    static void check(HttpServletRequest request) {
        if (!request.isUserInRole("ADMIN")) {
            throw new AccessDeniedException("Only ADMIN may read the audit log");
        }
    }
}
