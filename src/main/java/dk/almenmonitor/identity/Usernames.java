package dk.almenmonitor.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place where a typed username becomes the canonical username that the login throttle, the account look-up
 * and the audit log all use (issue 9, finding 4). Only {@code [A-Za-z0-9._@-]}, 1-100 characters, after trimming
 * spaces; lower-cased in {@link Locale#ROOT}. Within that ASCII set Java's and PostgreSQL's lower-casing agree, so
 * {@code admİn} (U+0130) or {@code admın} can no longer reach the {@code admin} account with a lock of their own:
 * they are refused before any look-up, and so is a NUL byte or a 3 KB name.
 */
final class Usernames {

    static final int MAX_LENGTH = 100;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._@-]{1," + MAX_LENGTH + "}");

    private Usernames() {
    }

    /** The canonical username, or empty when the input is not an acceptable username at all. */
    static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > MAX_LENGTH + 20) {
            return Optional.empty();
        }
        String stripped = typed.strip();
        return SAFE.matcher(stripped).matches() ? Optional.of(stripped.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
