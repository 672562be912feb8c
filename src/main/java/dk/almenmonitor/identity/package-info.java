/**
 * Users, roles and login (form, OIDC, HTTP Basic, API tokens), login throttling and the security events of the
 * audit log. The public face is {@link dk.almenmonitor.identity.CurrentUsers} (the same answer for accounts, OIDC
 * users and API tokens), {@link dk.almenmonitor.identity.CurrentUser}, {@link dk.almenmonitor.identity.Role} and the
 * access policy {@link dk.almenmonitor.identity.Access} that endpoints name in {@code @PreAuthorize} (ADR 0013);
 * everything else (security filter chains, the user and token tables, demo accounts) is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisation", "shared"})
package dk.almenmonitor.identity;
