package dk.almenmonitor.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Loads the OIDC user as usual, then maps its groups claim to a role and organisations, or refuses the login. */
final class GroupMappingOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final OidcProperties properties;
    private final GroupMapping mapping;

    GroupMappingOidcUserService(OidcProperties properties) {
        this.properties = properties;
        this.mapping = new GroupMapping(properties.groupMapping());
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        GroupMapping.Grant grant = mapping.resolve(groups(user.getAttribute(properties.groupsClaim())))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                        "None of the user's groups is mapped in almen.oidc.group-mapping", null)));
        String nameKey = user.getAttribute(properties.usernameClaim()) != null ? properties.usernameClaim() : "sub";
        return new AlmenOidcUser(user.getIdToken(), user.getUserInfo(), nameKey, grant);
    }

    private static Collection<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value.split("[,\\s]+"));
        }
        return List.of();
    }
}
