/**
 * Users, roles and login (form, OIDC, HTTP Basic, API tokens by bearer header), login throttling and the security events of the
 * audit log. The public face is {@link dk.almenmonitor.identity.CurrentUsers} (the same answer for accounts, OIDC
 * users and API tokens), {@link dk.almenmonitor.identity.CurrentUser}, {@link dk.almenmonitor.identity.Role} and the
 * access policy {@link dk.almenmonitor.identity.Access} that endpoints name in {@code @PreAuthorize} (ADR 0013);
 * everything else (security filter chains, the user table) is internal. Two small faces serve the modules split off
 * in ADR 0015: {@link dk.almenmonitor.identity.ApiTokenVerifier}, which {@code apitoken} implements so that the
 * bearer filter here can authenticate its tokens, and {@link dk.almenmonitor.identity.LocalAccounts}, through which
 * {@code demo} creates the demo accounts. Identity depends on neither.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisation", "shared"})
package dk.almenmonitor.identity;
