package dk.almenmonitor.shared;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Optimistic locking over HTTP, one mechanism for every versioned resource (statuses, goals): the {@code ETag} is the
 * version in quotes, and {@code If-Match} carries it back. A missing header is no version (the caller answers 428), a
 * stale one 412, anything that is not a version a 400 with the caller's own refusal.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The ETag of a version: {@code "3"}. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** Reads {@code "3"}, {@code W/"3"} or {@code 3}; null or blank is null; anything else throws {@code malformed}. */
    public static @Nullable Integer version(@Nullable String ifMatch, Supplier<? extends RuntimeException> malformed) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String digits = ifMatch.replace("W/", "").replace("\"", "").trim();
        if (!digits.matches("\\d{1,9}")) {
            throw malformed.get();
        }
        return Integer.valueOf(digits);
    }
}
