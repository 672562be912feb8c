/**
 * Operating costs of the housing departments (issue 11, docs/domain.md §15): the {@code operating-costs} dataset of the
 * import pipeline (streamed through {@link dk.almenmonitor.imports.CsvTable} and COPY), the figures derived at import
 * (kr. per m² per department and per housing organisation, quartiles among comparable departments, each department's
 * distance to its group's median: the benchmark for the styringsdialog), {@code GET /api/v1/housing/operating-costs}
 * and the page {@code /data/driftsudgifter}. Department and organisation figures are shown only to whom
 * {@code housing.Departments} lets see them. The agreement catalogue is used read-only to link the page to the goal
 * about efficient operation that the benchmark serves.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "identity", "housing", "indicator",
        "agreement", "chart", "shared"})
package dk.almenmonitor.opcost;
