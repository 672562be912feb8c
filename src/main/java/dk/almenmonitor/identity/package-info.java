/**
 * Users, roles and login (form, OIDC, HTTP Basic, API tokens), login throttling and the security events of the
 * audit log. The public face is {@link dk.almenmonitor.identity.CurrentUsers} (the same answer for accounts, OIDC
 * users and API tokens), {@link dk.almenmonitor.identity.CurrentUser} and {@link dk.almenmonitor.identity.Role};
 * everything else (security filter chains, the user and token tables, demo accounts) is internal.
 */
package dk.almenmonitor.identity;
