/**
 * Server-rendered charts for the monitor pages: {@link dk.almenmonitor.chart.BarChart} and
 * {@link dk.almenmonitor.chart.LineChart} compute the geometry of an inline SVG (no scripts, no style attributes,
 * for the CSP), and the Thymeleaf fragments in {@code templates/chart/chart.html} draw it with the values as a table
 * beside it (the alternative for screen readers and for copying). Plain Java, no Spring beans.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package dk.almenmonitor.chart;
