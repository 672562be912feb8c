/**
 * The københavnerniveau (issue 12, docs/domain.md §17): Politik for udsatte byområder 2017–2025 measures
 * the municipality's designated urban areas against the city on five criteria. The {@code area-indicators} dataset
 * (area or city, year, criterion, value), the gaps and their halving against the baseline, the policy's rule (at
 * least 3 of 5 criteria halved by 2025), the secretariat's goals per area and criterion (evaluated by the indicator
 * module's target rules), {@code GET /api/v1/areas/{code}/citylevel}, {@code PUT /api/v1/areas/{code}/goals/{indicator}}
 * and the pages {@code /omraader/koebenhavnerniveau} and {@code /omraader/{code}/koebenhavnerniveau}. Schema
 * {@code citylevel}. The rules are in docs/domain.md, section "Københavnerniveau".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"area", "imports", "indicator", "identity",
        "shared", "chart"})
package dk.almenmonitor.citylevel;
