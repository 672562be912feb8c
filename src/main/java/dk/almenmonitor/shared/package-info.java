/**
 * Value types and rules with no Spring: Danish period expressions, quarters and Danish formatting. (The bounds of file
 * imports lived here until the {@code imports} module took them, ADR 0010.)
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.almenmonitor.shared;

import org.jspecify.annotations.NullMarked;
