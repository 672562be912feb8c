package dk.almenmonitor.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code almen.oidc.*}: login through the municipality's OpenID Connect provider (Entra ID, AD FS, a NemLog-in broker).
 *
 * @param enabled        show "Log ind med Københavns Kommunes login" and accept OIDC logins
 * @param issuerUri      the provider's issuer; its discovery document is read on the first login
 * @param clientId       this application's client id at the provider
 * @param clientSecret   its secret (set through the environment, never in a file in the repository)
 * @param scopes         requested scopes; {@code openid} is required
 * @param usernameClaim  the claim used as username ({@code preferred_username}; falls back to {@code sub})
 * @param groupsClaim    the claim that carries the user's groups or app roles ({@code groups}, {@code roles} …)
 * @param groupMapping   group → {@code ROLE} or {@code ROLE:ORG[,ORG…]}, e.g. {@code KK-TMF-Almen=EDITOR:TMF}
 */
@ConfigurationProperties("almen.oidc")
record OidcProperties(boolean enabled, String issuerUri, String clientId, String clientSecret,
                      @DefaultValue({"openid", "profile"}) List<String> scopes,
                      @DefaultValue("preferred_username") String usernameClaim,
                      @DefaultValue("groups") String groupsClaim,
                      Map<String, String> groupMapping) {

    OidcProperties {
        groupMapping = groupMapping == null ? Map.of() : Map.copyOf(groupMapping);
    }
}
