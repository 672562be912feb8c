package dk.almenmonitor.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the data files write them: ISO ({@code 2017-01-19}) or Danish ({@code 19.01.2017}, {@code 19/1-2017},
 * {@code 19-01-2017}, {@code 19/01/2017}). Anything else, or a day that does not exist, is null.
 */
public final class DateText {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DANISH = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");

    private DateText() {
    }

    public static LocalDate parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') { // ISO with two-digit month and day
                int year = digits(t, 0, 4);
                int month = digits(t, 5, 7);
                int day = digits(t, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day);
                }
            }
            Matcher iso = ISO.matcher(t);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher danish = DANISH.matcher(t);
            if (danish.matches()) {
                return LocalDate.of(Integer.parseInt(danish.group(3)), Integer.parseInt(danish.group(2)),
                        Integer.parseInt(danish.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The number the characters from {@code from} to {@code to} spell, or -1 unless all are ASCII digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
