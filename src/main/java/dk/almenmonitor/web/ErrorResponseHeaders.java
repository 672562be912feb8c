package dk.almenmonitor.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The protective headers on answers that the security filter chain never wrote: refusals at the HTTP edge (before
 * it runs) and the container's error page. The same policy as the pages' own (identity's strict policy); headers
 * already set are left as they are.
 */
final class ErrorResponseHeaders {

    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    /** For Tomcat's own plain page: it loads nothing. */
    static final String BARE_CSP = "default-src 'none'; frame-ancestors 'none'";

    private ErrorResponseHeaders() {
    }

    static void apply(HttpServletResponse response, String csp) {
        if (response.isCommitted()) {
            return;
        }
        setIfMissing(response, "X-Content-Type-Options", "nosniff");
        setIfMissing(response, "X-Frame-Options", "DENY");
        setIfMissing(response, "Content-Security-Policy", csp);
        setIfMissing(response, "Referrer-Policy", "strict-origin-when-cross-origin");
        setIfMissing(response, "Cache-Control", "no-store");
    }

    private static void setIfMissing(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
