package dk.almenmonitor.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import dk.almenmonitor.decision.Forum;

/**
 * A meeting of a forum; the field names are part of the API contract.
 *
 * @param forumName the forum's Danish name ("Samarbejdsforum")
 * @param period    the round the meeting follows up ("2017-Q1")
 */
public record MeetingView(long id, String agreementId, Forum forum, String forumName, LocalDate date, String period,
                          String createdBy, OffsetDateTime createdAt) {

    /** "1. kvartal 2017". */
    public String periodLabel() {
        return dk.almenmonitor.shared.Quarter.danishLabel(period);
    }
}
