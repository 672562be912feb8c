package dk.almenmonitor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUserTests {

    private final CurrentUsers currentUsers = new CurrentUsers();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void helpersReflectRoleAndOrganisations() {
        CurrentUser editor = new CurrentUser("oekf", "Økonomiforvaltningen", Role.EDITOR, Set.of("ØKF"));

        assertThat(editor.isEditor()).isTrue();
        assertThat(editor.isAdmin()).isFalse();
        assertThat(editor.hasRole(Role.EDITOR)).isTrue();
        assertThat(editor.belongsTo("ØKF")).isTrue();
        assertThat(editor.belongsTo("TMF")).isFalse();
        assertThat(editor.belongsToAny(Set.of("TMF", "ØKF"))).isTrue();
        assertThat(editor.belongsToAny(Set.of("SOF"))).isFalse();
    }

    @Test
    void organisationCodesAreCopiedAndNeverNull() {
        assertThat(new CurrentUser("laeser", null, Role.READER, null).organisationCodes()).isEmpty();
        assertThat(new CurrentUser("laeser", null, Role.READER, null).displayName()).isEqualTo("laeser");
    }

    @Test
    void currentIsEmptyWithoutAuthenticationOrWhenAnonymous() {
        assertThat(currentUsers.current()).isEmpty();

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(currentUsers.current()).isEmpty();
    }

    @Test
    void currentMapsTheAccountPrincipal() {
        AccountPrincipal principal = new AccountPrincipal(new UserAccount("tmf", "Teknik- og Miljøforvaltningen",
                "{noop}x", Role.EDITOR, Set.of("TMF"), true));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));

        assertThat(currentUsers.current()).contains(
                new CurrentUser("tmf", "Teknik- og Miljøforvaltningen", Role.EDITOR, Set.of("TMF")));
        assertThat(principal.getAuthorities()).extracting(Object::toString).isEqualTo(List.of("ROLE_EDITOR"));
    }
}
