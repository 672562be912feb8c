package dk.almenmonitor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** The current user the page layout shows (it took over the expectations of web's former copy, ADR 0013). */
class CurrentUsersTests {

    private final CurrentUsers users = new CurrentUsers();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anonymousOrMissingAuthenticationIsNoUser() {
        assertThat(users.current()).isEmpty();
        signIn(new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(users.current()).isEmpty();
    }

    @Test
    void anotherPrincipalGetsItsMostPrivilegedRoleAndNoOrganisation() {
        signIn(UsernamePasswordAuthenticationToken.authenticated(
                User.withUsername("sof").password("x").roles("READER", "EDITOR").build(), null,
                AuthorityUtils.createAuthorityList("ROLE_READER", "ROLE_EDITOR", "SCOPE_api")));

        CurrentUser user = users.current().orElseThrow();

        assertThat(user.username()).isEqualTo("sof");
        assertThat(user.displayName()).isEqualTo("sof");
        assertThat(user.role()).isEqualTo(Role.EDITOR);
        assertThat(user.organisationCodes()).isEmpty();
        assertThat(user.isAdmin()).isFalse();
    }

    @Test
    void aPrincipalWithoutAKnownRoleIsNoUser() {
        signIn(UsernamePasswordAuthenticationToken.authenticated("x", null, AuthorityUtils.createAuthorityList("SCOPE_api")));
        assertThat(users.current()).isEmpty();
    }

    private static void signIn(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
