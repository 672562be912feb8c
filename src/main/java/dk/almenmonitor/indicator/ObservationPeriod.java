package dk.almenmonitor.indicator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.DanishPeriodParser;
import dk.almenmonitor.shared.ParsedPeriod;
import dk.almenmonitor.shared.Precision;

/**
 * The period of an observation: a day, month, quarter, half-year or year, with a canonical key ({@code 2017-01-19},
 * {@code 2017-01}, {@code 2017-Q1}, {@code 2016-H1}, {@code 2016}). Read with the shared Danish period parser, so
 * {@code 19.01.2017}, {@code 19/1-2017}, {@code 1. halvår 2016} and {@code 2017K1} are accepted too; the whole text
 * must be one such period.
 */
record ObservationPeriod(String key, LocalDate from, LocalDate to, Precision precision) {

    static final List<Precision> ALLOWED =
            List.of(Precision.DAY, Precision.MONTH, Precision.QUARTER, Precision.HALF_YEAR, Precision.YEAR);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", DanishFormat.DANISH);

    static Optional<ObservationPeriod> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        List<ParsedPeriod> found = DanishPeriodParser.findAll(trimmed);
        if (found.size() != 1) {
            return Optional.empty();
        }
        ParsedPeriod p = found.get(0);
        if (!ALLOWED.contains(p.precision()) || p.from() == null || p.to() == null
                || !p.matched().equalsIgnoreCase(trimmed)) {
            return Optional.empty();
        }
        return Optional.of(of(p.from(), p.to(), p.precision()));
    }

    static ObservationPeriod of(LocalDate from, LocalDate to, Precision precision) {
        String key = switch (precision) {
            case DAY -> from.toString();
            case MONTH -> from.toString().substring(0, 7);
            case QUARTER -> from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> from.getYear() + "-H" + (from.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.valueOf(from.getYear());
            default -> throw new IllegalArgumentException("Not an observation period: " + precision);
        };
        return new ObservationPeriod(key, from, to, precision);
    }

    /** "2015", "1. halvår 2016", "1. kvartal 2017", "januar 2017", "19. januar 2017". */
    String danish() {
        return switch (precision) {
            case DAY -> DanishFormat.date(from);
            case MONTH -> MONTH_NAME.format(from);
            case QUARTER -> ((from.getMonthValue() - 1) / 3 + 1) + ". kvartal " + from.getYear();
            case HALF_YEAR -> (from.getMonthValue() <= 6 ? 1 : 2) + ". halvår " + from.getYear();
            default -> String.valueOf(from.getYear());
        };
    }

    /** Where the value sits on a time axis: the day itself, else the middle of the period. */
    LocalDate representative() {
        return precision == Precision.DAY ? from : from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
    }

    /** The last period of the given precision that ends on or before {@code end} (used for due periods). */
    static ObservationPeriod lastEndingBy(LocalDate end, Precision precision) {
        LocalDate from = switch (precision) {
            case DAY -> end;
            case MONTH -> end.plusDays(1).minusMonths(1);
            case QUARTER -> end.plusDays(1).minusMonths(3);
            case HALF_YEAR -> end.plusDays(1).minusMonths(6);
            default -> end.plusDays(1).minusYears(1);
        };
        return of(from, end, precision);
    }
}
