package dk.almenmonitor.indicatoradmin;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A goal's target as a client or the form sends it, unchecked: the indicator's code, {@code kind} ({@code AT_LEAST},
 * {@code AT_MOST}, {@code CHANGE_FROM_BASELINE}, {@code COUNT_BY}), the {@code value} (a percentage change for
 * {@code CHANGE_FROM_BASELINE}), the {@code tolerance} (optional), {@code mode} ({@code MAINTAIN} or {@code BY_DUE}),
 * the baseline period and value (for {@code CHANGE_FROM_BASELINE}; without a value the observation of the period is
 * used), the due period (for {@code MAINTAIN} the period it must hold throughout) as a Danish or ISO period text, and
 * optionally the {@code precision} of the observations it is judged on (default: the indicator's frequency), the
 * {@code dimension} ({@code boligtype=familie}; default the total) and {@code countFrom} ({@code COUNT_BY}: an ISO date
 * where the count starts; default the period's start).
 */
public record TargetInput(@Nullable String indicatorCode, @Nullable String kind, @Nullable BigDecimal value,
                          @Nullable BigDecimal tolerance, @Nullable String mode, @Nullable String baselinePeriod,
                          @Nullable BigDecimal baselineValue, @Nullable String duePeriod, @Nullable String precision,
                          @Nullable String dimension, @Nullable String countFrom) {
}
