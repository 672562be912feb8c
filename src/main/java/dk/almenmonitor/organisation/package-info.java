/**
 * Organisations: the municipality and its administrations, BL's district and the housing organisations, each with
 * a short code. Public face: {@link dk.almenmonitor.organisation.Organisations}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package dk.almenmonitor.organisation;
