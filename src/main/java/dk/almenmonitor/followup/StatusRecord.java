package dk.almenmonitor.followup;

import java.time.OffsetDateTime;

import dk.almenmonitor.shared.WrittenPeriod;

/** A stored status row, before the round-relative rules (unchanged, overdue) are applied. */
record StatusRecord(long goalId, String period, String statusText, String delayReason, WrittenPeriod expected,
                    Achievement achievement, int version, String updatedBy, OffsetDateTime updatedAt) {

    boolean sameContent(StatusDraft draft) {
        return java.util.Objects.equals(statusText, draft.statusText())
                && java.util.Objects.equals(delayReason, draft.delayReason())
                && java.util.Objects.equals(expected, draft.expected())
                && achievement == draft.achievement();
    }
}
