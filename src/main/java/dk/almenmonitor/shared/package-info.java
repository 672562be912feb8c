/** Value types and rules with no Spring: Danish period expressions, quarters, Danish formatting. */
package dk.almenmonitor.shared;
