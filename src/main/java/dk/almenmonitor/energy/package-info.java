/**
 * Energy labels and heat use of the almene departments (docs/domain.md §12): the
 * {@code energy-labels}, {@code heat} and {@code degree-days} datasets on the one import pipeline,
 * the figures derived from them at import (schema {@code energy}), the indicator observations they feed
 * ({@code energimaerke-e-g-andel}, {@code varmeforbrug-m2}), {@code /api/v1/housing/energy-labels} and
 * {@code /api/v1/housing/heat}, and the pages {@code /data/energimaerker} and {@code /data/varme}. Department-level heat
 * is shown only to whom the housing module's {@code Departments.visibleTo} allows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "identity", "housing", "indicator",
        "shared", "chart"})
package dk.almenmonitor.energy;
