/**
 * The new-build pipeline (issue 11): the {@code newbuild} dataset (the project
 * list with Skema A/B/C dates; an import replaces the list), the figures derived from it at import (Skema A
 * commitments per year and housing type, the pipeline per stage, the share of small-and-cheap dwellings in new
 * family departments in urban-development areas), the observations of {@code skema-a-tilsagn} and
 * {@code smaa-billige-andel}, {@code GET /api/v1/housing/newbuild} and the page {@code /data/nybyggeri}.
 * Schema {@code newbuild}. The rules are in docs/domain.md §13.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "identity", "housing", "indicator",
        "shared", "chart"})
package dk.almenmonitor.newbuild;
