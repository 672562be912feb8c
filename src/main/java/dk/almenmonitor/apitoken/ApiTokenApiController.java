package dk.almenmonitor.apitoken;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.identity.Role;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.almenmonitor.shared.DanishFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

/** {@code /api/v1/tokens}: create (the token is in the answer, once), list and revoke API tokens (ADMIN accounts). */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiTokenApiController {

    private final ApiTokens tokens;
    private final CurrentUsers users;
    private final MessageSource messages;

    ApiTokenApiController(ApiTokens tokens, CurrentUsers users, MessageSource messages) {
        this.tokens = tokens;
        this.users = users;
        this.messages = messages;
    }

    /** {@code expiresOn}: optional last day the token works (Danish time), from today up to five years ahead. */
    record CreateRequest(@NotBlank @Size(max = 100) String name, @NotNull Role role,
                         @Size(max = 50) @Nullable List<@NotBlank String> organisations, @Nullable LocalDate expiresOn) {
    }

    record CreatedResponse(long id, String name, Role role, List<String> organisations, @Nullable LocalDate expiresOn,
                           String token) {
    }

    record TokenResponse(long id, String name, Role role, List<String> organisations, String createdBy,
                         Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
                         @Nullable String revokedBy, @Nullable LocalDate expiresOn, @Nullable Instant expiresAt,
                         boolean expired, boolean active) {
    }

    @PreAuthorize("@access.adminInPerson()")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> create(@Valid @RequestBody CreateRequest request) {
        CurrentUser admin = users.current().orElseThrow(() -> new AccessDeniedException("not logged in"));
        ApiTokens.Created created;
        try {
            created = tokens.create(request.name(), request.role(),
                    request.organisations() == null ? Set.of() : Set.copyOf(request.organisations()),
                    request.expiresOn(), admin.username());
        } catch (TokenRequestRefused e) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage(e.messageCode(), e.arguments(), DanishFormat.DANISH)), e);
        }
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.id()))
                .cacheControl(CacheControl.noStore())
                .body(new CreatedResponse(created.id(), created.name(), created.role(),
                        created.organisationCodes().stream().sorted().toList(), created.expiresOn(), created.token()));
    }

    @PreAuthorize("@access.adminInPerson()")
    @GetMapping
    List<TokenResponse> list() {
        return tokens.all().stream().map(ApiTokenApiController::toResponse).toList();
    }

    @PreAuthorize("@access.adminInPerson()")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        CurrentUser admin = users.current().orElseThrow(() -> new AccessDeniedException("not logged in"));
        if (tokens.byId(id).isEmpty()) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        tokens.revoke(id, admin.username());
        return ResponseEntity.noContent().build();
    }

    private static TokenResponse toResponse(ApiTokenRepository.TokenRow row) {
        return new TokenResponse(row.id(), row.name(), row.role(), row.organisationCodes().stream().sorted().toList(),
                row.createdBy(), row.createdAt(), row.lastUsedAt(), row.revokedAt(), row.revokedBy(),
                ApiTokens.lastDay(row.expiresAt()), row.expiresAt(), row.expired(), row.active());
    }
}
