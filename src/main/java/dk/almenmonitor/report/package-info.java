/**
 * Committee documents: Bilag 1 (HTML, PDF, XLSX, DOCX), the redegørelse (DOCX, PDF) with the secretariat's free-text
 * sections (schema {@code report}), and the open-data export (CSV, JSON).
 * <p>
 * Seam for the {@code indicator} module: {@link dk.almenmonitor.report.MeasurableGoalFigures} supplies the figures shown
 * for measurable goals in the redegørelse; until {@code indicator} is merged, {@code NoMeasurableGoalFigures} supplies
 * none. The integrator replaces that bean and adds {@code "indicator"} to the allowed dependencies below.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "followup", "organisation", "shared"})
package dk.almenmonitor.report;
