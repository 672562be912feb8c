package dk.almenmonitor.apitoken;

import dk.almenmonitor.identity.Role;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.jspecify.annotations.Nullable;

/** SQL for {@code identity.api_token}. Tokens are found by the SHA-256 hash of their value, never by the value. */
@Repository
class ApiTokenRepository {

    record TokenRow(long id, String name, Role role, Set<String> organisationCodes, String createdBy, Instant createdAt,
                    @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable String revokedBy,
                    @Nullable Instant expiresAt) {
        /** Neither revoked nor expired. */
        public boolean active() {
            return revokedAt == null && !expired();
        }

        public boolean expired() {
            return expiresAt != null && !expiresAt.isAfter(Instant.now());
        }
    }

    private static final String COLUMNS = "id, name, role, organisation_codes, created_by, created_at, last_used_at, "
            + "revoked_at, revoked_by, expires_at";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String tokenHash, Role role, Set<String> organisations, String createdBy,
                @Nullable Instant expiresAt) {
        return jdbc.sql("""
                        insert into identity.api_token (name, token_hash, role, organisation_codes, created_by, expires_at)
                        values (?, ?, ?, cast(? as text[]), ?, ?) returning id
                        """)
                .param(name).param(tokenHash).param(role.name())
                .param(organisations.stream().sorted().toArray(String[]::new)).param(createdBy)
                .param(expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    Optional<TokenRow> findActiveByHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from identity.api_token where token_hash = ? and revoked_at is null "
                        + "and (expires_at is null or expires_at > now())")
                .param(tokenHash).query(ApiTokenRepository::toRow).optional();
    }

    Optional<TokenRow> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from identity.api_token where id = ?")
                .param(id).query(ApiTokenRepository::toRow).optional();
    }

    List<TokenRow> all() {
        return jdbc.sql("select " + COLUMNS + " from identity.api_token order by revoked_at nulls first, created_at desc, id desc")
                .query(ApiTokenRepository::toRow).list();
    }

    /** True when an active token was revoked by this call. */
    boolean revoke(long id, String revokedBy) {
        return jdbc.sql("update identity.api_token set revoked_at = now(), revoked_by = ? where id = ? and revoked_at is null")
                .param(revokedBy).param(id).update() > 0;
    }

    /** Records use at most once a minute, so a busy integration does not write on every call. */
    void touch(long id) {
        jdbc.sql("""
                        update identity.api_token set last_used_at = now()
                         where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')
                        """)
                .param(id).update();
    }

    private static TokenRow toRow(ResultSet rs, int rowNum) throws SQLException {
        return new TokenRow(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                codes(rs.getArray("organisation_codes")), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"), rs.getString("revoked_by"), instant(rs, "expires_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Set<String> codes(@Nullable Array array) throws SQLException {
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
