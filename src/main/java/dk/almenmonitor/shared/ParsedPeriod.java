package dk.almenmonitor.shared;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The result of reading a Danish period expression: the text as written, whether a period was found, the
 * interval {@code [from, to]} (either end may be open, i.e. null) and the expression that was matched.
 */
public record ParsedPeriod(@Nullable String text, boolean found, @Nullable LocalDate from, @Nullable LocalDate to,
                           @Nullable Precision precision, @Nullable String matched) {

    public static ParsedPeriod notFound(@Nullable String text) {
        return new ParsedPeriod(text, false, null, null, null, null);
    }

    public boolean hasInterval() {
        return found && (from != null || to != null);
    }
}
