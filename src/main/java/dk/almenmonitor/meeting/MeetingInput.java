package dk.almenmonitor.meeting;

import org.jspecify.annotations.Nullable;

/** A new meeting as given: {@code forum} a decision forum code, {@code date} ISO date, {@code period} a round ("2017-Q1"). */
public record MeetingInput(@Nullable String forum, @Nullable String date, @Nullable String period) {
}
