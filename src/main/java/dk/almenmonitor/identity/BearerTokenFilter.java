package dk.almenmonitor.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API chain. A known, active token authenticates this one request (the
 * context is never stored in a session); an unknown or revoked token gets 401 problem+json and an audit row.
 * Requests without a Bearer header pass through untouched (HTTP Basic or the browser session may apply).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenVerifier tokens;
    private final ProblemDetailsSecurityHandler problems;
    private final SecurityAudit audit;

    BearerTokenFilter(ApiTokenVerifier tokens, ProblemDetailsSecurityHandler problems, SecurityAudit audit) {
        this.tokens = tokens;
        this.problems = problems;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> principal = tokens.verify(header.substring(BEARER.length()).strip());
        if (principal.isEmpty()) {
            SecurityContextHolder.clearContext();
            audit.tokenRejected(request);
            problems.rejectBearer(request, response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(principal.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
