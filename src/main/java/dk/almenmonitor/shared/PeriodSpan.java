package dk.almenmonitor.shared;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * An interval found by {@link PeriodRules}, before it is tied to the text it came from. The factories return
 * {@code null} for impossible values (31/2, a range ending before it starts) so the caller can skip the match.
 */
record PeriodSpan(@Nullable LocalDate from, LocalDate to, Precision precision) {

    static PeriodSpan year(int year) {
        return new PeriodSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
    }

    static @Nullable PeriodSpan years(int first, int last) {
        if (last < first) {
            return null;
        }
        return last == first ? year(first)
                : new PeriodSpan(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), Precision.MULTI_YEAR);
    }

    static PeriodSpan half(int year, int half) {
        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new PeriodSpan(from, from.plusMonths(6).minusDays(1), Precision.HALF_YEAR);
    }

    static PeriodSpan quarter(int year, int quarter) {
        Quarter q = new Quarter(year, quarter);
        return new PeriodSpan(q.firstDay(), q.lastDay(), Precision.QUARTER);
    }

    static PeriodSpan month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new PeriodSpan(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
    }

    static @Nullable PeriodSpan day(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        return new PeriodSpan(date, date, Precision.DAY);
    }

    /** primo (part 0) = Jan–Mar, medio (1) = May–Aug, ultimo (2) = Oct–Dec: our rule (docs/domain.md §1). */
    static PeriodSpan partOfYear(int year, int part) {
        return switch (part) {
            case 0 -> fuzzy(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
            case 1 -> fuzzy(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31));
            default -> fuzzy(LocalDate.of(year, 10, 1), LocalDate.of(year, 12, 31));
        };
    }

    /** primo = days 1–10, medio = 11–20, ultimo = 21–end of the month. */
    static PeriodSpan partOfMonth(int year, int month, int part) {
        YearMonth ym = YearMonth.of(year, month);
        return switch (part) {
            case 0 -> fuzzy(ym.atDay(1), ym.atDay(10));
            case 1 -> fuzzy(ym.atDay(11), ym.atDay(20));
            default -> fuzzy(ym.atDay(21), ym.atEndOfMonth());
        };
    }

    /** Spring (March–May), summer (June–August), autumn (September–November); {@code startMonth} 3, 6 or 9. */
    static PeriodSpan season(int year, int startMonth) {
        LocalDate from = LocalDate.of(year, startMonth, 1);
        return fuzzy(from, from.plusMonths(3).minusDays(1));
    }

    /** "sommerferien": 1 July – 10 August (our rule; the common Danish summer holiday weeks). */
    static PeriodSpan summerHoliday(int year) {
        return fuzzy(LocalDate.of(year, 7, 1), LocalDate.of(year, 8, 10));
    }

    /** "vinteren 2016/17": December of the first year to the end of February of the next. */
    static @Nullable PeriodSpan winter(int firstYear, int secondYear) {
        if (secondYear != firstYear + 1) {
            return null;
        }
        return fuzzy(LocalDate.of(firstYear, 12, 1), YearMonth.of(secondYear, 2).atEndOfMonth());
    }

    /** Two expressions joined by "/": the span of both. */
    PeriodSpan join(PeriodSpan other) {
        LocalDate start = from.isBefore(other.from) ? from : other.from;
        LocalDate end = to.isAfter(other.to) ? to : other.to;
        boolean years = precision == Precision.YEAR && other.precision == Precision.YEAR;
        return new PeriodSpan(start, end, years ? Precision.MULTI_YEAR : Precision.FUZZY);
    }

    /** Open start, ending on {@code end}: the "inden"/"senest" forms. */
    static PeriodSpan until(LocalDate end) {
        return new PeriodSpan(null, end, Precision.FUZZY);
    }

    private static PeriodSpan fuzzy(LocalDate from, LocalDate to) {
        return new PeriodSpan(from, to, Precision.FUZZY);
    }
}
