/**
 * Reminders to goal owners (schema {@code reminder}): who gets them (one address per owner organisation, kept on
 * {@code /modtagere}), the daily job that e-mails organisations still missing statuses in an open round, and the
 * outbox ({@code /udbakke}). It reads the follow-up only through {@link dk.almenmonitor.followup.MissingStatuses}
 * and never its tables (docs/adr/0011). No public types: nothing calls into this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"followup", "organisation", "identity", "shared"})
package dk.almenmonitor.reminder;
