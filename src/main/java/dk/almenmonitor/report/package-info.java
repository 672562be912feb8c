/**
 * Committee documents: Bilag 1 (HTML, PDF, XLSX, DOCX), the redegørelse (DOCX, PDF) with the secretariat's free-text
 * sections (schema {@code report}), and the open-data export (CSV, JSON).
 * <p>
 * {@link dk.almenmonitor.report.MeasurableGoalFigures} supplies the figures shown for measurable goals in the
 * redegørelse; {@code IndicatorMeasurableGoalFigures} takes them from the {@code indicator} module's evaluation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "decision", "followup", "identity", "indicator", "organisation", "shared"})
package dk.almenmonitor.report;
