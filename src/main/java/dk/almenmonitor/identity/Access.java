package dk.almenmonitor.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The role checks every endpoint declares, in one place: {@code @PreAuthorize("@access.admin()")} on a controller
 * method (method security, ADR 0013). Decided from the authorities Spring Security granted ({@link Role#authority()}),
 * so accounts, OIDC users and API tokens are treated alike. A check given a message code refuses with a
 * {@link Refusal} carrying that Danish text instead of returning {@code false}; either way the refusal goes through
 * the one audited access-denied handler (403 problem+json for API clients, the Danish error page for browsers).
 * Ownership checks (which organisation's goal) stay in the owning module's policy.
 */
@Component("access")
public class Access {

    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.DATA_STEWARD, Role.EDITOR, Role.READER);

    private final SecurityAudit audit;

    Access(SecurityAudit audit) {
        this.audit = audit;
    }

    /** Whether the current request is by the secretariat (role ADMIN). */
    public boolean admin() {
        return any(Role.ADMIN);
    }

    /** {@link #admin()}, or a refusal with the Danish text under {@code refusalCode}. */
    public boolean admin(String refusalCode) {
        return orRefuse(admin(), refusalCode);
    }

    /**
     * ADMIN or EDITOR, or a refusal with the Danish text under {@code refusalCode}: for writes an owner may make on its
     * own goals (the owning module then checks which goals).
     */
    public boolean adminOrEditor(String refusalCode) {
        return orRefuse(any(Role.ADMIN, Role.EDITOR), refusalCode);
    }

    /** The secretariat in person (form, OIDC or HTTP Basic), never an API token: a leaked token cannot mint tokens. */
    public boolean adminInPerson() {
        return admin() && !(authentication() instanceof ApiTokenAuthentication);
    }

    /** Whether the current request has one of these roles. */
    public boolean any(Role... roles) {
        Role role = roleOf(authentication());
        return role != null && Arrays.asList(roles).contains(role);
    }

    /**
     * The most privileged role among the granted authorities (ADMIN, DATA_STEWARD, EDITOR, READER, as in the group
     * mapping); {@code null} when anonymous or without a known role.
     */
    public static Role roleOf(Authentication user) {
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Set<String> granted = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return PRECEDENCE.stream().filter(role -> granted.contains(role.authority())).findFirst().orElse(null);
    }

    /** Records a refusal answered outside Spring Security's access-denied handler, with the same audit row. */
    public void audit(HttpServletRequest request, AccessDeniedException refusal) {
        audit.accessDenied(authentication(), request, refusal);
    }

    private static boolean orRefuse(boolean allowed, String refusalCode) {
        if (!allowed) {
            throw new Refusal(refusalCode);
        }
        return true;
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
