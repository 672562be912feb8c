/**
 * Users, roles and login. The public face is {@link dk.almenmonitor.identity.CurrentUsers},
 * {@link dk.almenmonitor.identity.CurrentUser} and {@link dk.almenmonitor.identity.Role};
 * everything else (security filter chains, the user table, demo accounts) is internal.
 */
package dk.almenmonitor.identity;
