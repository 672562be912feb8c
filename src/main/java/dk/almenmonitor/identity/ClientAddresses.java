package dk.almenmonitor.identity;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The client address used by the login throttle and the audit log (issue 9, finding 12). The socket's peer address,
 * unless that peer is one of {@code almen.security.trusted-proxies} (IP addresses or CIDR ranges, default none): then
 * the right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy. Forwarded headers from anybody
 * else are ignored, so a client cannot pick the address it is throttled or audited under.
 */
@Component
class ClientAddresses {

    /** IPv4 dotted quads and IPv6 literals only: never a name that would need a DNS look-up. */
    private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]{0,40}:[0-9A-Fa-f:.]{1,44}");
    private static final int MAX_HOPS = 20;

    private final List<IpAddressMatcher> trusted = new ArrayList<>();

    ClientAddresses(@Value("${almen.security.trusted-proxies:}") List<String> trustedProxies) {
        for (String proxy : trustedProxies) {
            if (!proxy.isBlank()) {
                trusted.add(new IpAddressMatcher(proxy.strip()));
            }
        }
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (peer == null || !isTrusted(peer)) {
            return peer == null ? "" : peer;
        }
        List<String> hops = new ArrayList<>();
        for (Enumeration<String> headers = request.getHeaders("X-Forwarded-For");
             headers != null && headers.hasMoreElements(); ) {
            for (String hop : headers.nextElement().split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1, seen = 0; i >= 0 && seen < MAX_HOPS; i--, seen++) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                return peer; // a forged or garbled entry: stop at the last address we can vouch for
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** Authentication details (form login, HTTP Basic) that carry this client address instead of the socket's. */
    AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> detailsSource() {
        return request -> {
            HttpSession session = request.getSession(false);
            return new WebAuthenticationDetails(of(request), session == null ? null : session.getId());
        };
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty() || !ADDRESS.matcher(address).matches()) {
            return false;
        }
        try {
            return trusted.stream().anyMatch(matcher -> matcher.matches(address));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
