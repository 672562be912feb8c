package dk.almenmonitor.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code identity.users}. Usernames are matched case-insensitively. */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("""
                        select username, display_name, password_hash, role, organisation_codes, enabled
                          from identity.users
                         where lower(username) = lower(?)
                        """)
                .param(username)
                .query(UserRepository::toAccount)
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from identity.users where lower(username) = lower(?)")
                .param(username)
                .query(Long.class)
                .single() > 0;
    }

    /** Inserts the account unless one with the same username exists; true when a row was inserted. */
    boolean insertIfMissing(UserAccount account) {
        int inserted = jdbc.sql("""
                        insert into identity.users
                               (username, display_name, password_hash, role, organisation_codes, enabled)
                        values (?, ?, ?, ?, cast(? as text[]), ?)
                        on conflict do nothing
                        """)
                .param(account.username())
                .param(account.displayName())
                .param(account.passwordHash())
                .param(account.role().name())
                .param(account.organisationCodes().stream().sorted().toArray(String[]::new))
                .param(account.enabled())
                .update();
        return inserted > 0;
    }

    void updatePasswordHash(String username, String passwordHash) {
        jdbc.sql("update identity.users set password_hash = ? where lower(username) = lower(?)")
                .param(passwordHash)
                .param(username)
                .update();
    }

    private static UserAccount toAccount(ResultSet rs, int rowNum) throws SQLException {
        return new UserAccount(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                codes(rs.getArray("organisation_codes")),
                rs.getBoolean("enabled"));
    }

    private static Set<String> codes(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        try {
            return Set.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
