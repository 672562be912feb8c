package dk.almenmonitor.identity;

import org.springframework.security.core.context.DeferredSecurityContext;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API chain's security context (issue 9, finding 9): a request that carries an {@code Authorization} header is
 * authenticated by that header or not at all. Its browser session is neither read nor written, so a session cookie
 * plus {@code Authorization: x} is anonymous (401) instead of the session's user without a CSRF token; this is what
 * makes {@link StatelessApiClientMatcher}'s CSRF exemption safe. Requests without the header use the session as before.
 */
final class SessionIgnoringContextRepository implements SecurityContextRepository {

    private final SecurityContextRepository withSession;
    private final SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();
    private final SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

    SessionIgnoringContextRepository() {
        HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();
        session.setAllowSessionCreation(false); // the API chain uses a browser's session but never creates one
        this.withSession = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), session);
    }

    static boolean bringsCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && !authorization.isBlank();
    }

    @Override
    @Deprecated
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return bringsCredentials(holder.getRequest()) ? strategy.createEmptyContext() : withSession.loadContext(holder);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return bringsCredentials(request) ? requestOnly.loadDeferredContext(request)
                : withSession.loadDeferredContext(request);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        (bringsCredentials(request) ? requestOnly : withSession).saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return bringsCredentials(request) ? requestOnly.containsContext(request) : withSession.containsContext(request);
    }
}
