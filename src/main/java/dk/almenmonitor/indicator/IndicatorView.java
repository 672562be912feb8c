package dk.almenmonitor.indicator;

import java.util.List;

/**
 * An indicator: what is measured, in which unit ({@code %} is a percentage; its tolerance is in percentage points),
 * with how many decimals it is shown, which direction is better, the source, how often it is measured
 * ({@code YEAR}, {@code HALF_YEAR}, {@code QUARTER}, {@code MONTH}, {@code DAY} or {@code IRREGULAR}), its dimension
 * names (e.g. {@code boligtype}) and whether each value is a running total since a start date.
 */
public record IndicatorView(String code, String name, String unit, int decimals, Direction direction, String source,
                            String frequency, List<String> dimensions, boolean cumulative) {

    public IndicatorView {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public boolean percent() {
        return "%".equals(unit);
    }
}
