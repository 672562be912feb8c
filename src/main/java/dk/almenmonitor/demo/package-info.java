/**
 * Demo data: whether it is loaded ({@code almen.demo.enabled}, default on for the embedded database and off on an
 * external one, {@link dk.almenmonitor.demo.DemoDataDefault}), the start-up notice that says so and why, and the demo
 * accounts with their shared password (created through identity's {@link dk.almenmonitor.identity.LocalAccounts}).
 * The other modules' seed loaders only read the property and do not depend on this module (ADR 0015).
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity"})
package dk.almenmonitor.demo;

import org.jspecify.annotations.NullMarked;
