package dk.almenmonitor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Danish number and date formatting: {@code 1.234,5}, {@code 20,2 %}, {@code 1.648}, {@code 1. januar 2017},
 * {@code 19.01.2017}. Numbers round half up (as a reader of a report expects), not half even. Null gives "".
 */
public final class DanishFormat {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    /** The wall clock of Danish users; times are stored in UTC and shown in this zone. */
    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", DANISH);
    private static final String DASH = " – ";
    private static final String OPEN = "…";

    private DanishFormat() {
    }

    /** A stored UTC instant on the Danish wall clock; null stays null. */
    public static @Nullable LocalDateTime inDenmark(@Nullable OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(DANISH_TIME).toLocalDateTime();
    }

    /** {@code 1234.5, 1} → "1.234,5"; always exactly {@code decimals} decimals. */
    public static String number(double value, int decimals) {
        return Double.isFinite(value) ? number(BigDecimal.valueOf(value), decimals) : "";
    }

    public static String number(@Nullable BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        int scale = Math.max(0, decimals);
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DANISH));
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value.setScale(scale, RoundingMode.HALF_UP));
    }

    /** {@code 1648} → "1.648". */
    public static String integer(long value) {
        return number(BigDecimal.valueOf(value), 0);
    }

    /**
     * {@code 20.2, 1} → "20,2 %". The value is already a percentage (not a fraction); the space before the sign is
     * a plain space, as the municipality's documents write it.
     */
    public static String percent(double value, int decimals) {
        String number = number(value, decimals);
        return number.isEmpty() ? "" : number + " %";
    }

    /** "1. januar 2017". */
    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** "19.01.2017". */
    public static String shortDate(@Nullable LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /**
     * The interval in Danish, "1. januar 2015 – 30. juni 2015"; an open end is "…" ("… – 31. december 2017"),
     * a single day is that day, and a period that was not found is "".
     */
    public static String period(@Nullable ParsedPeriod period) {
        if (period == null || !period.hasInterval()) {
            return "";
        }
        return interval(period.from(), period.to());
    }

    public static String interval(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        if (from != null && from.equals(to)) {
            return date(from);
        }
        return (from == null ? OPEN : date(from)) + DASH + (to == null ? OPEN : date(to));
    }
}
