/**
 * Synthetic housing data (issue 11): a deterministic generator of the housing datasets in their real formats
 * (docs/domain.md §9), for tests (scale {@code TEST}), the demo set ({@code COPENHAGEN}) and the
 * benchmarks ({@code NATIONAL}). Public face: {@link dk.almenmonitor.synthetic.SyntheticHousingData}, plain Java with a
 * command-line entry; no Spring beans, no database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "shared"})
package dk.almenmonitor.synthetic;
