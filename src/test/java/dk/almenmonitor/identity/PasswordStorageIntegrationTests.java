package dk.almenmonitor.identity;

import static dk.almenmonitor.identity.IdentityWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IdentityWebTest
class PasswordStorageIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserRepository users;

    @Test
    void demoAccountsAreStoredWithSaltedBcryptHashes() {
        List<String> hashes = jdbc.sql("select password_hash from identity.users order by username")
                .query(String.class).list();

        assertThat(hashes).hasSize(7)
                .allSatisfy(hash -> {
                    assertThat(hash).isNotEqualTo(DEMO_PASSWORD).doesNotContain(DEMO_PASSWORD).startsWith("{bcrypt}$2");
                    assertThat(passwordEncoder.matches(DEMO_PASSWORD, hash)).isTrue();
                })
                .doesNotHaveDuplicates();
    }

    @Test
    void demoAccountsHaveTheirRolesAndOrganisations() {
        assertThat(users.findByUsername("oekf")).hasValueSatisfying(account -> {
            assertThat(account.role()).isEqualTo(Role.EDITOR);
            assertThat(account.organisationCodes()).containsExactly("ØKF");
            assertThat(account.enabled()).isTrue();
        });
        assertThat(users.findByUsername("ADMIN")).as("usernames match case-insensitively")
                .hasValueSatisfying(account -> assertThat(account.role()).isEqualTo(Role.ADMIN));
        assertThat(users.findByUsername("nobody")).isEmpty();
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        UserAccount duplicate = new UserAccount("Admin", "Another", passwordEncoder.encode("x"), Role.READER,
                java.util.Set.of(), true);

        assertThat(users.insertIfMissing(duplicate)).isFalse();
        assertThat(users.findByUsername("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }
}
