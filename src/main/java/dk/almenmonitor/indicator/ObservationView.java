package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.shared.Precision;

/**
 * One observation as the API shows it. {@code period} is the canonical key ({@code 2016}, {@code 2016-H1},
 * {@code 2017-Q1}, {@code 2017-01}, {@code 2017-01-19}); {@code dimensions} is empty for the total;
 * {@code revisions} are the values it had before, oldest first.
 */
public record ObservationView(String indicator, String period, LocalDate from, LocalDate to, Precision precision,
                              Map<String, String> dimensions, BigDecimal value, String sourceNote, String importedBy,
                              OffsetDateTime importedAt, int version, List<Revision> revisions) {

    /** A value an observation had before it was revised. */
    public record Revision(int version, BigDecimal value, String sourceNote, String importedBy,
                           OffsetDateTime importedAt, String replacedBy, OffsetDateTime replacedAt) {
    }
}
