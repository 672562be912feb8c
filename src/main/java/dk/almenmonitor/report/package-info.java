/** Committee documents: Bilag 1 (and later the redegørelse) in the municipality's layout, and open-data exports. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "followup", "organisation", "shared"})
package dk.almenmonitor.report;
