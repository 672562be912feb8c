/**
 * Value types and rules with no Spring: Danish period expressions, quarters and Danish formatting. (The bounds of file
 * imports lived here until the {@code imports} module took them, ADR 0010.)
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.almenmonitor.shared;
