/**
 * Evictions (issue 11): the {@code evictions} dataset (period, municipality, count), the
 * yearly and half-yearly figures of the configured municipality (København by default) against the agreement's 457
 * in 2017, the observations of {@code udsaettelser}, {@code GET /api/v1/housing/evictions} and the page
 * {@code /data/udsaettelser}. Schema {@code eviction}. The rules are in docs/domain.md §14.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "identity", "indicator", "shared",
        "chart"})
package dk.almenmonitor.eviction;
