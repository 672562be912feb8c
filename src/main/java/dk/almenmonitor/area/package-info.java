/**
 * Vulnerable areas (issue 12, docs/domain.md §16): the register of areas — the ministry's listed housing
 * areas ({@link dk.almenmonitor.area.AreaKind#HOUSING_AREA}) and the municipality's own designated urban areas
 * ({@link dk.almenmonitor.area.AreaKind#URBAN_AREA}) — with the departments they consist of; the datasets
 * {@code areas} and {@code area-criteria}; the ministry's lists reproduced by the rule set of each list year
 * ({@link dk.almenmonitor.area.RuleSets}), stored as classifications at import; the count of the municipality's listed
 * areas as observations of {@code udsatte-omraader}; {@code GET /api/v1/area-lists/{year}}, {@code /api/v1/areas}
 * and the pages {@code /omraader}, {@code /omraader/antal} and {@code /omraader/{code}}. Schema {@code area}.
 * The public face is {@link dk.almenmonitor.area.Areas}; the rules are in docs/domain.md §16.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "identity", "indicator", "shared",
        "chart", "housing"})
package dk.almenmonitor.area;

import org.jspecify.annotations.NullMarked;
