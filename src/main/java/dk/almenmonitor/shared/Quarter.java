package dk.almenmonitor.shared;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2017-Q1} in the API and "1. kvartal 2017" in Danish. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern DANISH = Pattern.compile("([1-4])\\.\\s*kvartal\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4, was " + quarter);
        }
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** Parses {@code 2017-Q1}; empty when the text is not such a quarter. */
    public static Optional<Quarter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.trim());
        return m.matches() ? Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** Finds "N. kvartal YYYY" inside a text such as the sheet's "Status - 1. kvartal 2017". */
    public static Optional<Quarter> findDanish(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DANISH.matcher(text);
        return m.find() ? Optional.of(new Quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))))
                : Optional.empty();
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

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
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
