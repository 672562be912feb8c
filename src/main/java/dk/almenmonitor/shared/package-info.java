/**
 * Value types and rules with no Spring: Danish period expressions, quarters, Danish formatting, and the bounds every
 * file import shares (a bounded problem list, the guarded reading of an uploaded CSV).
 */
package dk.almenmonitor.shared;
