package dk.almenmonitor.identity;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A user logged in through OIDC, with the role and organisations that {@link GroupMapping} gave them. */
final class AlmenOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final Role role;
    private final Set<String> organisationCodes;

    AlmenOidcUser(OidcIdToken idToken, OidcUserInfo userInfo, String nameAttributeKey, GroupMapping.Grant grant) {
        super(List.of(new SimpleGrantedAuthority(grant.role().authority())), idToken, userInfo, nameAttributeKey);
        this.role = grant.role();
        this.organisationCodes = Set.copyOf(grant.organisationCodes());
    }

    /** Read by the page layout (as a bean property) to greet the user by name. */
    public String getDisplayName() {
        return getFullName() != null && !getFullName().isBlank() ? getFullName() : getName();
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(getName(), getDisplayName(), role, organisationCodes);
    }
}
