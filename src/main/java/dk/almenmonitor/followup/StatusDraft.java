package dk.almenmonitor.followup;

import dk.almenmonitor.shared.WrittenPeriod;

/** The content of a status as written by an owner or read from a sheet. */
record StatusDraft(String statusText, String delayReason, WrittenPeriod expected, Achievement achievement) {
}
