/**
 * The append-only audit log (schema {@code audit}). Every module publishes a {@link dk.almenmonitor.shared.AuditEvent}
 * as a Spring application event; {@link AuditEventListener} stores it in the publisher's transaction. Admins read the
 * log on {@code /revision} and through {@code GET /api/v1/audit}. No public types: nothing calls into this module.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package dk.almenmonitor.audit;

import org.jspecify.annotations.NullMarked;
