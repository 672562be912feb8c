package dk.almenmonitor.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A recorded decision; the field names are part of the API contract.
 *
 * @param forumName    the forum's Danish name ("Borgerrepræsentationen")
 * @param reference    the case number or link as given; null when none
 * @param referenceUrl the reference when it is an http/https link (safe to link to), else null
 * @param goalIds      the goals the decision is about, ascending
 */
public record DecisionView(long id, LocalDate date, Forum forum, String forumName, String text,
                           @Nullable String reference, @Nullable String referenceUrl, List<Long> goalIds,
                           String recordedBy, OffsetDateTime recordedAt) {
}
