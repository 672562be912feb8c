/**
 * The secretariat maintains indicators and targets (issue 13 item 2, docs/domain.md §4): create and change an indicator
 * ({@code POST /api/v1/indicators}, {@code PUT /api/v1/indicators/{code}}, page {@code /indikatorer/admin}) and set or
 * change a measurable goal's target ({@code PUT /api/v1/goals/{goalId}/target}, page
 * {@code /aftaler/{agreementId}/maal/{goalId}/maaltal}). ADMIN only; every input is checked and bounded here, the
 * writes and their audit are the indicator module's {@link dk.almenmonitor.indicator.IndicatorRegistry}. Targets are
 * versioned (docs/domain.md §4). No schema of its own.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "identity", "indicator", "shared"})
package dk.almenmonitor.indicatoradmin;

import org.jspecify.annotations.NullMarked;
