/**
 * The web frame: the shared page layout ({@code templates/layout/main.html}), the navigation and
 * current-user model, the friendly Danish error pages and the accessibility statement.
 */
package dk.almenmonitor.web;
