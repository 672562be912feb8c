package dk.almenmonitor.indicator;

import java.math.BigDecimal;

/** One comparable value of a series: its period and value. */
record Point(ObservationPeriod period, BigDecimal value) {
}
