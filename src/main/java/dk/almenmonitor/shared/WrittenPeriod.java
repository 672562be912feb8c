package dk.almenmonitor.shared;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A period as the user wrote it ("1. halvdel 2015") together with the interval read from it, if any. */
public record WrittenPeriod(@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final WrittenPeriod EMPTY = new WrittenPeriod(null, null, null);

    public static WrittenPeriod of(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return new WrittenPeriod(text == null ? null : text.trim(), null, null);
        }
        ParsedPeriod parsed = DanishPeriodParser.parse(text);
        return new WrittenPeriod(text.trim(), parsed.from(), parsed.to());
    }

    public boolean hasInterval() {
        return from != null || to != null;
    }

    /** True when the interval ends before the given day (an open end never has). */
    public boolean endsBefore(LocalDate day) {
        return to != null && to.isBefore(day);
    }
}
