package dk.almenmonitor.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds a stored import report by its id. Every module that imports files implements it for its own imports, so that
 * {@code GET /api/v1/imports/{id}} answers for the follow-up sheet and the datasets alike without knowing the modules.
 */
public interface ImportReportLookup {

    /** The report as served (a record that serialises to JSON), or empty when the id is not one of this module's. */
    Optional<Object> findReport(UUID importId);
}
