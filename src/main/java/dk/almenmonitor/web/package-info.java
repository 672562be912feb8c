/**
 * Layout, navigation, dashboard, error pages and locale, plus small API endpoints that only wrap {@code shared}
 * (the Danish period parser).
 */
package dk.almenmonitor.web;
