package dk.almenmonitor.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session {@code almen.security.session.absolute-timeout} (10 h) after the login, however active it
 * has been (issue 9, finding 11; the 30-minute idle timeout is {@code server.servlet.session.timeout}). The login time
 * is a session attribute set by {@link LoginHandlers}; a session from before that attribute existed counts from its
 * creation. Pages are sent to {@code /login?expired}; API calls go on anonymously and get 401.
 */
final class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    static final String LOGIN_AT = "almen.loginAt";
    static final String LOGIN_EXPIRED = SecurityConfiguration.LOGIN_PAGE + "?expired";

    private final Duration limit;
    private final boolean redirect;
    private final SecurityAudit audit;

    AbsoluteSessionTimeoutFilter(Duration limit, boolean redirect, SecurityAudit audit) {
        this.limit = limit;
        this.redirect = redirect;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && expired(session)) {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext security && security.getAuthentication() != null) {
                audit.publish(security.getAuthentication().getName(), "SESSION_EXPIRED", "session",
                        Map.of("afterHours", String.valueOf(limit.toHours())));
            }
            session.invalidate();
            if (redirect) {
                response.sendRedirect(request.getContextPath() + LOGIN_EXPIRED);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean expired(HttpSession session) {
        long started;
        try {
            Object loginAt = session.getAttribute(LOGIN_AT);
            if (loginAt instanceof Long millis) {
                started = millis;
            } else if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
                started = session.getCreationTime();
            } else {
                return false; // not logged in: nothing to end
            }
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
        return System.currentTimeMillis() - started > limit.toMillis();
    }
}
