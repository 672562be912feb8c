/**
 * The web frame: the shared page layout ({@code templates/layout/main.html}), navigation and the current-user model,
 * the agreement front page, friendly Danish error pages, the accessibility statement, and small API endpoints that
 * only wrap {@code shared} (the Danish period parser).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "audit", "followup", "identity", "imports", "indicator", "organisation", "reminder", "report", "sheet", "shared"})
package dk.almenmonitor.web;
