package dk.almenmonitor.shared;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A calendar quarter, written {@code 2017-Q1} in the API and "1. kvartal 2017" in Danish. Only years
 * {@value #MIN_YEAR}-{@value #MAX_YEAR} are quarters (the years the Danish period parser reads); parsing anything
 * else gives "not a quarter", so a quarter from a URL, body or sheet header can never throw.
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2099;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern DANISH = Pattern.compile("([1-4])\\.\\s*kvartal\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4, was " + quarter);
        }
        if (!inRange(year)) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** Parses {@code 2017-Q1}; empty when the text is not such a quarter. */
    public static Optional<Quarter> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.trim());
        return m.matches() ? of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : Optional.empty();
    }

    /** Finds "N. kvartal YYYY" inside a text such as the sheet's "Status - 1. kvartal 2017". */
    public static Optional<Quarter> findDanish(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DANISH.matcher(text);
        return m.find() ? of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The quarter, or empty when the year is outside {@value #MIN_YEAR}-{@value #MAX_YEAR}. */
    private static Optional<Quarter> of(int year, int quarter) {
        return inRange(year) ? Optional.of(new Quarter(year, quarter)) : Optional.empty();
    }

    private static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** "1. kvartal 2017" for {@code 2017-Q1}; any other text is returned as it is. */
    public static String danishLabel(String period) {
        return parse(period).map(Quarter::danish).orElse(period);
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The previous quarter; the first quarter of {@value #MIN_YEAR} has none and stays itself. */
    public Quarter previous() {
        if (quarter == 1) {
            return inRange(year - 1) ? new Quarter(year - 1, 4) : this;
        }
        return new Quarter(year, quarter - 1);
    }

    /** The next quarter; the last quarter of {@value #MAX_YEAR} has none and stays itself. */
    public Quarter next() {
        if (quarter == 4) {
            return inRange(year + 1) ? new Quarter(year + 1, 1) : this;
        }
        return new Quarter(year, quarter + 1);
    }

    /** "1. kvartal 2017". */
    public String danish() {
        return quarter + ". kvartal " + year;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
