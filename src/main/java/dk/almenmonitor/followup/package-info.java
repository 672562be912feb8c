/**
 * Quarterly follow-up: rounds, statuses, the overdue and unchanged rules, summaries, the quality check and the
 * import of the municipality's sheet. Public face: {@link FollowUpQueries} and the {@code *View} records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "organisation", "identity", "imports", "indicator", "shared"})
package dk.almenmonitor.followup;
