/**
 * Rents (issue 11, docs/domain.md §10): the {@code rents} dataset of the import pipeline — Landsbyggefonden's rent register
 * extract, one cut-off date per file, streamed and loaded with COPY — its stored dwellings per cut-off, the dwellings
 * per rent band × housing type × postal code, the "under 3.500 kr." counts published as the {@code lav-husleje-boliger}
 * indicator's observations, {@code /api/v1/housing/rent-bands|low-rent} and the {@code /data/husleje} page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "identity", "housing", "indicator", "shared", "chart"})
package dk.almenmonitor.rent;
