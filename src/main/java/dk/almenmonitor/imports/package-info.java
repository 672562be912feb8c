/**
 * The one import pipeline (ADR 0010). It owns what every file import shares: the upload limits (size, zip entries,
 * uncompressed size), encoding detection and the guarded streaming of CSV ({@link dk.almenmonitor.imports.CsvInput}),
 * bounded error and warning lists ({@link dk.almenmonitor.imports.BoundedProblems}), the import record and its report
 * (schema {@code imports}), {@code POST/GET /api/v1/imports…} and the {@code /import} page.
 * <p>
 * Datasets are plug-ins: a module contributes a Spring bean implementing {@link dk.almenmonitor.imports.ImportDataset}
 * (name, Danish label, who may import, format help, parse and load). This module knows no feature module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package dk.almenmonitor.imports;
