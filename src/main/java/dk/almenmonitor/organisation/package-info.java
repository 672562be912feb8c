/**
 * Organisations: the municipality and its administrations, BL's district and the housing organisations, each with
 * a short code. Public face: {@link dk.almenmonitor.organisation.Organisations}.
 */
package dk.almenmonitor.organisation;
