package dk.almenmonitor.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers API requests that are not authenticated (401 with a Basic challenge) or not allowed (403) with an
 * RFC 9457 problem document in Danish instead of a redirect to the login page.
 */
@Component
class ProblemDetailsSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Almenmonitor";

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemDetailsSecurityHandler(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        if (DatabaseUnavailable.is(authException)) {
            // The account could not be looked up: not a wrong password but an outage, answered 503 (web).
            throw authException;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    /** An unknown, revoked or malformed API token (RFC 6750 {@code invalid_token}). */
    void rejectBearer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "invalidToken");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException accessDeniedException) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", message("identity.login.problem." + key + ".title"));
        problem.put("status", status.value());
        problem.put("detail", message("identity.login.problem." + key + ".detail"));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // JSON is UTF-8 by definition (RFC 8259); the bytes are written directly, so no charset parameter.
        json.writeValue(response.getOutputStream(), problem);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, DanishFormat.DANISH);
    }
}
