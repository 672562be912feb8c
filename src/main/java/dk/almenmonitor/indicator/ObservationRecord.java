package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An observation row. */
record ObservationRecord(long id, String indicator, ObservationPeriod period, String dimension, BigDecimal value,
                         String sourceNote, String importedBy, OffsetDateTime importedAt, int version) {

    Point point() {
        return new Point(period, value);
    }
}
