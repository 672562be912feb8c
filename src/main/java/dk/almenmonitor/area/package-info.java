/**
 * Vulnerable areas (issue 12, PRODUCT.md C8, DOMAIN.md §4): the register of areas — the ministry's listed housing
 * areas ({@link dk.almenmonitor.area.AreaKind#HOUSING_AREA}) and the municipality's own designated urban areas
 * ({@link dk.almenmonitor.area.AreaKind#URBAN_AREA}) — with the departments they consist of. Schema {@code area}.
 * The public face is {@link dk.almenmonitor.area.Areas}; the rules are in docs/domain.md.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "identity", "indicator", "shared",
        "chart", "housing"})
package dk.almenmonitor.area;

import org.jspecify.annotations.NullMarked;
