/**
 * Agreements, themes and goals with their owners and related goals. Public face: {@link AgreementCatalog} (reads),
 * {@link AgreementManagement} (the sheet import's idempotent writes), {@link GoalEditing} (the secretariat's edits:
 * versioned, retired, reordered, taken over; docs/domain.md "Goal maintenance") and the {@code *View} records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "organisation", "shared"})
package dk.almenmonitor.agreement;
