package dk.almenmonitor.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.util.Assert;

/**
 * OIDC login, on when {@code almen.oidc.enabled=true} (docs/operations.md). The provider's discovery document is read
 * on the first login rather than at start-up, so the application starts even while the provider is unreachable.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcProperties.class)
class OidcConfiguration {

    static final String REGISTRATION_ID = "kk";

    @Bean
    @ConditionalOnBooleanProperty("almen.oidc.enabled")
    ClientRegistrationRepository clientRegistrationRepository(OidcProperties properties) {
        Assert.hasText(properties.issuerUri(), "almen.oidc.issuer-uri must be set when almen.oidc.enabled=true");
        Assert.hasText(properties.clientId(), "almen.oidc.client-id must be set when almen.oidc.enabled=true");
        return new ClientRegistrationRepository() {
            private volatile ClientRegistration registration;

            @Override
            public ClientRegistration findByRegistrationId(String registrationId) {
                if (!REGISTRATION_ID.equals(registrationId)) {
                    return null;
                }
                ClientRegistration found = registration;
                if (found == null) {
                    found = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                            .registrationId(REGISTRATION_ID)
                            .clientId(properties.clientId())
                            .clientSecret(properties.clientSecret())
                            .scope(properties.scopes())
                            .build();
                    registration = found;
                }
                return found;
            }
        };
    }

    @Bean
    @ConditionalOnBooleanProperty("almen.oidc.enabled")
    GroupMappingOidcUserService oidcUserService(OidcProperties properties) {
        return new GroupMappingOidcUserService(properties);
    }
}
