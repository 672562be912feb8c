/**
 * Agreements, themes and goals with their owners and related goals. Public face: {@link AgreementCatalog} (reads),
 * {@link AgreementManagement} (writes) and the {@code *View} records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisation", "shared"})
package dk.almenmonitor.agreement;
