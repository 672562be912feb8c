package dk.almenmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

class CurrentUsersTests {

    @Test
    void anonymousOrMissingAuthenticationIsNoUser() {
        assertThat(CurrentUsers.from(null)).isNull();
        assertThat(CurrentUsers.from(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isNull();
    }

    @Test
    void mostPrivilegedRoleWinsAndPrefixIsDropped() {
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                User.withUsername("sof").password("x").roles("READER", "EDITOR").build(), null,
                AuthorityUtils.createAuthorityList("ROLE_READER", "ROLE_EDITOR", "SCOPE_api"));

        CurrentUser user = CurrentUsers.from(auth);

        assertThat(user.username()).isEqualTo("sof");
        assertThat(user.displayName()).isEqualTo("sof");
        assertThat(user.role()).isEqualTo("EDITOR");
        assertThat(user.roles()).containsExactlyInAnyOrder("READER", "EDITOR");
        assertThat(user.isAdmin()).isFalse();
    }

    @Test
    void aPrincipalWithADisplayNameIsShownByThatName() {
        var auth = new TestingAuthenticationToken(new NamedPrincipal("admin", "Sekretariatet TMF"), null,
                List.of(AuthorityUtils.createAuthorityList("ROLE_ADMIN").get(0)));

        CurrentUser user = CurrentUsers.from(auth);

        assertThat(user.displayName()).isEqualTo("Sekretariatet TMF");
        assertThat(user.isAdmin()).isTrue();
    }

    public record NamedPrincipal(String name, String displayName) implements java.security.Principal {
        @Override
        public String getName() {
            return name;
        }

        public String getDisplayName() {
            return displayName;
        }
    }
}
