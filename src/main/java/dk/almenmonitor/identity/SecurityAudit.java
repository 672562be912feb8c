package dk.almenmonitor.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import dk.almenmonitor.shared.AuditEvent;

/**
 * Security events for the audit log: logins (form, OIDC), failed logins (any mechanism, with the attempted username
 * and never the password), logouts and refused requests. A successful HTTP Basic or token authentication of a single
 * API call is not logged: it happens on every call and would drown the log (tokens record {@code last_used_at}).
 */
@Component
class SecurityAudit {

    static final int MAX_ACTOR_LENGTH = 100;

    private final ApplicationEventPublisher events;

    SecurityAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    void loginSucceeded(Authentication authentication, HttpServletRequest request, String method) {
        publish(authentication.getName(), "LOGIN_SUCCEEDED", "session", Map.of("method", method, "ip", ip(request)));
    }

    void logout(Authentication authentication, HttpServletRequest request) {
        if (authentication != null) {
            publish(authentication.getName(), "LOGOUT", "session", Map.of("ip", ip(request)));
        }
    }

    void accessDenied(Authentication authentication, HttpServletRequest request, Exception reason) {
        boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("method", request.getMethod());
        details.put("ip", ip(request));
        details.put("reason", reason instanceof CsrfException ? "csrf" : "forbidden");
        publish(anonymous ? "anonymous" : authentication.getName(), "AUTHORIZATION_DENIED", request.getRequestURI(), details);
    }

    void tokenRejected(HttpServletRequest request) {
        publish("anonymous", "API_TOKEN_REJECTED", request.getRequestURI(), Map.of("ip", ip(request)));
    }

    void publish(String actor, String action, String subject, Map<String, String> details) {
        events.publishEvent(AuditEvent.of(actorName(actor), action, subject, details));
    }

    /** Any failed authentication, form login, HTTP Basic and OIDC alike (Spring Security's event). */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reason", reason(event.getException()));
        if (attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            details.put("ip", web.getRemoteAddress());
        }
        publish(attempt.getName(), "LOGIN_FAILED", "login", details);
    }

    static String actorName(String name) {
        if (name == null || name.isBlank()) {
            return "anonymous";
        }
        String stripped = name.strip();
        return stripped.length() > MAX_ACTOR_LENGTH ? stripped.substring(0, MAX_ACTOR_LENGTH) : stripped;
    }

    private static String reason(Exception exception) {
        if (exception instanceof LoginThrottledException) {
            return "locked";
        }
        if (exception instanceof BadCredentialsException) {
            return "bad-credentials";
        }
        if (exception instanceof DisabledException) {
            return "disabled";
        }
        return exception.getClass().getSimpleName();
    }

    private static String ip(HttpServletRequest request) {
        return request == null || request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
    }
}
