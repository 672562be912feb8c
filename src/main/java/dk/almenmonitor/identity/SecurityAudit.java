package dk.almenmonitor.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

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
import dk.almenmonitor.DatabaseUnavailable;

/**
 * Security events for the audit log: logins (form, OIDC), failed logins (any mechanism, with the attempted username
 * and never the password), logouts and refused requests. A successful HTTP Basic or token authentication of a single
 * API call is not logged: it happens on every call and would drown the log (tokens record {@code last_used_at}).
 * Every value is bounded (actor 100, subject and detail values 200 characters, control characters replaced), and
 * repeated anonymous refusals from one address are aggregated by {@link AuditDenials}: the audit log cannot be
 * purged by the application (docs/adr/0004), so an anonymous caller must not be able to fill it.
 */
@Component
class SecurityAudit {

    static final int MAX_ACTOR_LENGTH = 100;
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final ApplicationEventPublisher events;
    private final ClientAddresses addresses;
    private final AuditDenials denials;

    SecurityAudit(ApplicationEventPublisher events, ClientAddresses addresses, AuditDenials denials) {
        this.events = events;
        this.addresses = addresses;
        this.denials = denials;
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
        String action = "AUTHORIZATION_DENIED";
        if (anonymous && !denials.firstInWindow(details.get("ip"), action, bounded(request.getRequestURI(), MAX_VALUE_LENGTH))) {
            return;
        }
        publish(anonymous ? "anonymous" : authentication.getName(), action, request.getRequestURI(), details);
    }

    void tokenRejected(HttpServletRequest request) {
        String action = "API_TOKEN_REJECTED";
        String ip = ip(request);
        if (denials.firstInWindow(ip, action, bounded(request.getRequestURI(), MAX_VALUE_LENGTH))) {
            publish("anonymous", action, request.getRequestURI(), Map.of("ip", ip));
        }
    }

    /** Publishes the event with every part bounded: no control characters, no value longer than the limits. */
    void publish(String actor, String action, String subject, Map<String, String> details) {
        Map<String, String> bounded = new LinkedHashMap<>();
        details.forEach((key, value) -> bounded.put(bounded(key, 50), bounded(value, MAX_VALUE_LENGTH)));
        events.publishEvent(AuditEvent.of(actorName(actor), action, bounded(subject, MAX_VALUE_LENGTH), bounded));
    }

    /** Any failed authentication, form login, HTTP Basic and OIDC alike (Spring Security's event). */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        if (DatabaseUnavailable.is(event.getException())) {
            // Not a failed login but an outage: the audit row could not be written either, and trying would wait again.
            return;
        }
        Authentication attempt = event.getAuthentication();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reason", reason(event.getException()));
        if (attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            details.put("ip", web.getRemoteAddress());
        }
        // Attempts while locked are not bounded by the lock itself: aggregate them per address.
        String ip = details.get("ip");
        if ("locked".equals(details.get("reason")) && ip != null
                && !denials.firstInWindow(ip, "LOGIN_FAILED:locked", "login")) {
            return;
        }
        publish(attempt.getName(), "LOGIN_FAILED", "login", details);
    }

    static String actorName(String name) {
        String clean = bounded(name, MAX_ACTOR_LENGTH).strip();
        return clean.isEmpty() ? "anonymous" : clean;
    }

    /** The value without control characters (NUL included) and cut to {@code max} characters; never null. */
    static String bounded(String value, int max) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cut = value.length() > max ? value.substring(0, max) : value;
        if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return CONTROL.matcher(cut).replaceAll("?");
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

    private String ip(HttpServletRequest request) {
        return request == null ? "" : addresses.of(request);
    }
}
