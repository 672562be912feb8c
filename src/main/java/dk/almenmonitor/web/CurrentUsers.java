package dk.almenmonitor.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.util.StringUtils;

/**
 * Builds a {@link CurrentUser} from a Spring Security {@link Authentication} without knowing the identity
 * module's classes: the name and the {@code ROLE_*} authorities are enough. A principal that exposes a
 * {@code displayName} (or, like an OIDC user, a {@code fullName}) property gets that shown instead of the login name.
 */
final class CurrentUsers {

    /** Most privileged first; the first one the user has becomes {@link CurrentUser#role()}. */
    private static final List<String> ROLE_PRECEDENCE = List.of("ADMIN", "DATA_STEWARD", "EDITOR", "READER");
    private static final List<String> DISPLAY_NAME_PROPERTIES = List.of("displayName", "fullName");
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private CurrentUsers() {
    }

    /** The current user, or {@code null} for anonymous requests. */
    static CurrentUser from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || TRUST.isAnonymous(authentication)) {
            return null;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                roles.add(name.substring("ROLE_".length()));
            }
        }
        String role = ROLE_PRECEDENCE.stream().filter(roles::contains).findFirst()
                .orElse(roles.stream().findFirst().orElse(null));
        return new CurrentUser(authentication.getName(), displayName(authentication), role, roles);
    }

    private static String displayName(Authentication authentication) {
        Object principal = authentication.getPrincipal();
        if (principal != null && !(principal instanceof String)) {
            BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(principal);
            for (String property : DISPLAY_NAME_PROPERTIES) {
                if (bean.isReadableProperty(property)
                        && bean.getPropertyValue(property) instanceof String value && StringUtils.hasText(value)) {
                    return value;
                }
            }
        }
        return authentication.getName();
    }
}
