/**
 * Organisations: the municipality and its administrations, BL's district and the housing organisations, each with
 * a short code. Public face: {@link dk.almenmonitor.organisation.Organisations}.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package dk.almenmonitor.organisation;

import org.jspecify.annotations.NullMarked;
