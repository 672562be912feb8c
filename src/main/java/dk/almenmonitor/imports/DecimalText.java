package dk.almenmonitor.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Danish and international files write them: decimal comma or point ({@code 19,9}, {@code 19.9}),
 * thousands with points when a comma follows or there are several groups ({@code 1.648,0}, {@code 1.234.567}),
 * spaces as thousands separators, a trailing {@code %}. {@code 1.648} alone is ambiguous (a decimal point or a
 * thousands separator) and is refused rather than guessed. A missing value, as Danish statistics write it
 * ({@code ..}, {@code -} or an empty cell), is {@link Kind#MISSING}, not an error. For every dataset's number columns.
 */
public final class DecimalText {

    public enum Kind { NUMBER, MISSING, AMBIGUOUS, INVALID }

    public record Parsed(Kind kind, BigDecimal value) {
    }

    private static final Pattern THOUSANDS_AND_COMMA = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+,\\d+");
    private static final Pattern THOUSANDS_ONLY = Pattern.compile("-?\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern POINT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");
    private static final Pattern AMBIGUOUS = Pattern.compile("-?\\d{1,3}\\.\\d{3}");

    private DecimalText() {
    }

    public static Parsed parse(String text) {
        if (text != null) { // the common cells of a large file, read without patterns
            Parsed plain = plain(text);
            if (plain != null) {
                return plain;
            }
        }
        String t = text == null ? "" : SPACES.matcher(text.strip().replace("\u2212", "-")).replaceAll("");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || t.equals("..") || t.equals("-")) {
            return new Parsed(Kind.MISSING, null);
        }
        if (AMBIGUOUS.matcher(t).matches()) {
            return new Parsed(Kind.AMBIGUOUS, null);
        }
        String plain;
        if (THOUSANDS_AND_COMMA.matcher(t).matches()) {
            plain = t.replace(".", "").replace(',', '.');
        } else if (THOUSANDS_ONLY.matcher(t).matches()) {
            plain = t.replace(".", "");
        } else if (COMMA.matcher(t).matches()) {
            plain = t.replace(',', '.');
        } else if (POINT.matcher(t).matches()) {
            plain = t;
        } else {
            return new Parsed(Kind.INVALID, null);
        }
        return new Parsed(Kind.NUMBER, new BigDecimal(plain));
    }

    /**
     * Digits with at most one decimal comma or point and at most 18 digits in all (an optional leading minus), as the
     * patterns would read them: {@code 1.648} is ambiguous, anything else of this shape a number. Null for any other
     * text (the patterns decide).
     */
    private static Parsed plain(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        long unscaled = 0;
        int digits = 0;
        int separator = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
            } else if ((c == '.' || c == ',') && separator < 0 && i > start && i < length - 1) {
                separator = i;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (separator < 0) {
            return new Parsed(Kind.NUMBER, BigDecimal.valueOf(start == 1 ? -unscaled : unscaled));
        }
        int whole = separator - start;
        int scale = length - separator - 1;
        if (text.charAt(separator) == '.' && whole <= 3 && scale == 3) {
            return new Parsed(Kind.AMBIGUOUS, null);
        }
        return new Parsed(Kind.NUMBER, BigDecimal.valueOf(start == 1 ? -unscaled : unscaled, scale));
    }

    /** Digits only, at most 18 (an optional leading minus): read as they stand. */
    static boolean plainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int length = text.length() - start;
        if (length < 1 || length > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
