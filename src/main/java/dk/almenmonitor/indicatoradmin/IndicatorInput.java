package dk.almenmonitor.indicatoradmin;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An indicator as a client or the form sends it, unchecked: {@code code} (lower-case letters, digits and hyphens),
 * {@code name}, {@code unit} ({@code %} for a percentage), {@code decimals} (0-4), {@code direction}
 * ({@code HIGHER_IS_BETTER} or {@code LOWER_IS_BETTER}), {@code source}, {@code frequency} ({@code DAY},
 * {@code MONTH}, {@code QUARTER}, {@code HALF_YEAR}, {@code YEAR} or {@code IRREGULAR}), {@code dimensions} (names
 * such as {@code boligtype}) and {@code cumulative} (each value a running total).
 */
public record IndicatorInput(@Nullable String code, @Nullable String name, @Nullable String unit,
                             @Nullable Integer decimals, @Nullable String direction, @Nullable String source,
                             @Nullable String frequency, @Nullable List<String> dimensions, @Nullable Boolean cumulative) {
}
