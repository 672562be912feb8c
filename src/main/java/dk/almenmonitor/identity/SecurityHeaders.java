package dk.almenmonitor.identity;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The response headers every filter chain writes; only the Content-Security-Policy differs per chain. */
final class SecurityHeaders {

    /** For every page and API response: nothing inline, nothing from other origins. */
    static final String STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /** Swagger UI only: it needs inline scripts and styles. Framing, forms and plugins stay locked. */
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> withCsp(String policy) {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }
}
