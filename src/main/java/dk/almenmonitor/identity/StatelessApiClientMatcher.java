package dk.almenmonitor.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches API requests that authenticate themselves with an {@code Authorization} header and are not
 * cross-site browser requests; those are exempt from CSRF tokens (see docs/adr/0002). A browser that cached
 * Basic credentials would attach them to a forged cross-site request too, so requests that a browser marks
 * as {@code Sec-Fetch-Site: cross-site} or {@code same-site} still need a token.
 */
final class StatelessApiClientMatcher implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            return false;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        return fetchSite == null || "same-origin".equalsIgnoreCase(fetchSite) || "none".equalsIgnoreCase(fetchSite);
    }
}
