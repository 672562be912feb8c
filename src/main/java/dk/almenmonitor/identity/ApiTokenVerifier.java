package dk.almenmonitor.identity;

import java.util.Optional;

/**
 * What identity asks of the module that keeps API tokens ({@code apitoken}, ADR 0015): the user a presented
 * {@code Authorization: Bearer} value stands for. Identity owns the filter, its 401 problem+json and the audit row;
 * the implementing module owns the tokens. Without a bean of this type every bearer token is refused.
 */
public interface ApiTokenVerifier {

    /**
     * The user of an active (neither revoked nor expired) token, or empty for any other value. The user's
     * {@link CurrentUser#username()} is what the audit log records as actor, e.g. {@code token:<id>}.
     */
    Optional<CurrentUser> verify(String token);
}
