/**
 * API tokens for integrations: the page {@code /api-noegler} and {@code /api/v1/tokens} where the secretariat creates,
 * lists and revokes them, and the table {@code identity.api_token} (kept in identity's schema, ADR 0015). The module
 * contributes {@link dk.almenmonitor.identity.ApiTokenVerifier} to identity, whose filter authenticates
 * {@code Authorization: Bearer} requests with it; nothing else depends on this module.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "organisation", "shared"})
package dk.almenmonitor.apitoken;

import org.jspecify.annotations.NullMarked;
