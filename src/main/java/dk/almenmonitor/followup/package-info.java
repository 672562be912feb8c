/**
 * Quarterly follow-up: rounds, statuses, the overdue and unchanged rules, summaries and the quality check. Public
 * face: {@link FollowUpQueries}, the {@code *View} records and {@link FollowUpImports} (what the sheet import of
 * module {@code sheet} writes and validates by).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "organisation", "identity", "indicator", "shared"})
package dk.almenmonitor.followup;
