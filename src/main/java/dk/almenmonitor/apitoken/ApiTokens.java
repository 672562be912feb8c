package dk.almenmonitor.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.almenmonitor.identity.ApiTokenVerifier;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.Role;
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.AuditEvent;

import org.jspecify.annotations.Nullable;

/**
 * API tokens for integrations. A token is {@code alm_} + 32 random bytes (256 bits, URL-safe Base64); only its SHA-256
 * hash is stored. A fast unsalted hash is enough here, unlike for passwords: a 256-bit random value cannot be guessed
 * or looked up in a dictionary, so a slow hash would add cost on every API call and no protection. The hash also lets
 * the token be found by an index look-up.
 */
@Service
class ApiTokens implements ApiTokenVerifier {

    static final String PREFIX = "alm_";
    /** Goals owned by the municipality as a whole are the secretariat's (ADMIN): no editor acts for "KK". */
    static final String MUNICIPALITY_REFUSED = "identity.tokens.refused.municipality";
    private static final int MAX_ORGANISATIONS = 50;
    private static final int MAX_YEARS = 5;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int RANDOM_BYTES = 32;

    record Created(long id, String name, Role role, Set<String> organisationCodes, @Nullable LocalDate expiresOn,
                   String token) {
        @Override
        public String toString() {
            return "Created[id=" + id + ", name=" + name + "]";
        }
    }

    private final ApiTokenRepository repository;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository repository, Organisations organisations, ApplicationEventPublisher events) {
        this.repository = repository;
        this.organisations = organisations;
        this.events = events;
    }

    /**
     * Creates a token; the returned value is the only time the token itself is available.
     *
     * @throws TokenRequestRefused with the message code of the Danish reason when the request cannot be a token
     */
    @Transactional
    Created create(@Nullable String name, @Nullable Role role, Set<String> organisationCodes,
                   @Nullable LocalDate expiresOn, String createdBy) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new TokenRequestRefused("identity.tokens.refused.nameLength");
        }
        if (CONTROL.matcher(cleanName).find()) {
            throw new TokenRequestRefused("identity.tokens.refused.nameControl");
        }
        if (role == null) {
            throw new TokenRequestRefused("identity.tokens.refused.role");
        }
        if (organisationCodes.size() > MAX_ORGANISATIONS) {
            throw new TokenRequestRefused("identity.tokens.refused.organisations", MAX_ORGANISATIONS);
        }
        Set<String> codes = new TreeSet<>();
        for (String code : organisationCodes) {
            String clean = code == null ? "" : code.strip();
            String known = clean.length() > 20 || CONTROL.matcher(clean).find() ? null
                    : organisations.byCode(clean).map(org -> org.code()).orElse(null);
            if (known == null) {
                throw new TokenRequestRefused("identity.tokens.refused.unknownOrganisation", printable(clean));
            }
            codes.add(known);
        }
        if (role == Role.EDITOR && codes.contains(CurrentUser.MUNICIPALITY)) {
            throw new TokenRequestRefused(MUNICIPALITY_REFUSED);
        }
        LocalDate today = LocalDate.now(DanishFormat.DANISH_TIME);
        if (expiresOn != null && (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusYears(MAX_YEARS)))) {
            throw new TokenRequestRefused("identity.tokens.refused.expiry", MAX_YEARS);
        }
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = repository.insert(cleanName, hash(token), role, codes, createdBy, endOf(expiresOn));
        events.publishEvent(AuditEvent.of(createdBy, "API_TOKEN_CREATED", "api-token/" + id,
                Map.of("name", cleanName, "role", role.name(), "organisations", String.join(",", codes),
                        "expiresOn", expiresOn == null ? "" : expiresOn.toString())));
        return new Created(id, cleanName, role, codes, expiresOn, token);
    }

    /** True when an active token was revoked. */
    @Transactional
    boolean revoke(long id, String revokedBy) {
        boolean revoked = repository.revoke(id, revokedBy);
        if (revoked) {
            events.publishEvent(AuditEvent.of(revokedBy, "API_TOKEN_REVOKED", "api-token/" + id, Map.of()));
        }
        return revoked;
    }

    /** The user of an active token: username {@code token:<id>} (the audit actor), the token's name, role and organisations. */
    @Override
    public Optional<CurrentUser> verify(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return repository.findActiveByHash(hash(token)).map(row -> {
            repository.touch(row.id());
            return new CurrentUser("token:" + row.id(), row.name(), row.role(), row.organisationCodes());
        });
    }

    List<ApiTokenRepository.TokenRow> all() {
        return repository.all();
    }

    Optional<ApiTokenRepository.TokenRow> byId(long id) {
        return repository.findById(id);
    }

    /** A token that expires on a date is valid through that day, Danish time. */
    static @Nullable Instant endOf(@Nullable LocalDate expiresOn) {
        return expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(DanishFormat.DANISH_TIME).toInstant();
    }

    /** The last day a token is valid on (the inverse of {@link #endOf}). */
    static @Nullable LocalDate lastDay(@Nullable Instant expiresAt) {
        return expiresAt == null ? null : expiresAt.atZone(DanishFormat.DANISH_TIME).toLocalDate().minusDays(1);
    }

    /** At most 20 characters of an unknown code, control characters replaced, for the Danish reason. */
    private static String printable(String code) {
        String cut = code.length() > 20 ? code.substring(0, 20) : code;
        if (!cut.isEmpty() && Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return CONTROL.matcher(cut).replaceAll("?");
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
