/**
 * The goal list of an agreement (filtered by round, kind, theme, owner, achievement, overdue) and the page of one goal
 * with its status in every round, its change history and its indicator evaluation. A read-only view that composes
 * the public faces of {@code agreement}, {@code followup}, {@code indicator} and {@code organisation} (ADR 0014); it
 * owns no table.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "decision", "followup", "identity", "indicator", "organisation", "shared"})
package dk.almenmonitor.goals;

import org.jspecify.annotations.NullMarked;
