package dk.almenmonitor.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.shared.WrittenPeriod;
import dk.almenmonitor.imports.ImportPipeline;
import dk.almenmonitor.imports.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the seed indicators, observations and targets when demo data is on ({@code almen.demo.enabled}: the embedded
 * default, or an external database that asks for it; the demo module's start-up log says which) and {@code almen.seed.enabled}
 * is not false. It runs
 * on {@link ApplicationReadyEvent}, which Spring Boot publishes after every {@code ApplicationRunner} – so after the
 * follow-up module's seed loader has imported the agreement whose goals the targets are linked to. Idempotent:
 * existing indicators, observations and targets are left as they are (a revised value is not reverted).
 */
@Component
@ConditionalOnBooleanProperty("almen.demo.enabled")
class SeedIndicatorLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedIndicatorLoader.class);

    private final IndicatorRepository indicators;
    private final TargetRepository targets;
    private final ObservationDataset observations;
    private final ImportPipeline imports;
    private final AgreementCatalog catalog;
    private final boolean enabled;

    SeedIndicatorLoader(IndicatorRepository indicators, TargetRepository targets, ObservationDataset observations,
                        ImportPipeline imports, AgreementCatalog catalog, @Value("${almen.seed.enabled:true}") boolean enabled) {
        this.indicators = indicators;
        this.targets = targets;
        this.observations = observations;
        this.imports = imports;
        this.catalog = catalog;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() throws IOException {
        if (!enabled) {
            return;
        }
        int created = (int) SeedIndicators.INDICATORS.stream().filter(indicators::insertIfAbsent).count();
        byte[] csv;
        try (InputStream in = new ClassPathResource(SeedIndicators.OBSERVATIONS).getInputStream()) {
            csv = in.readAllBytes();
        }
        ImportReport report = imports.importFile(observations.keepingExisting(), csv, "indicator-observations.csv",
                Map.of(), "system");
        if (!report.imported()) {
            throw new IllegalStateException("The seed observations did not import: " + report.errors());
        }
        List<GoalView> goals = catalog.goals(SeedIndicators.AGREEMENT_ID);
        if (goals.isEmpty()) {
            log.warn("Seed agreement {} not found; indicator targets are not linked", SeedIndicators.AGREEMENT_ID);
            return;
        }
        // A seed target counts as set at the start of the agreement (docs/domain.md §4), else today.
        java.time.OffsetDateTime validFrom = catalog.agreement(SeedIndicators.AGREEMENT_ID)
                .map(dk.almenmonitor.agreement.AgreementView::validFrom)
                .map(d -> d.atStartOfDay(IndicatorEvaluations.DENMARK).toOffsetDateTime())
                .orElseGet(java.time.OffsetDateTime::now);
        int linked = 0;
        for (SeedIndicators.SeedTarget seed : SeedIndicators.TARGETS) {
            Optional<GoalView> goal = goals.stream().filter(g -> g.kind() == seed.goalKind()
                    && normalise(g.title()).startsWith(normalise(seed.titleStart()))).findFirst();
            if (goal.isEmpty()) {
                log.warn("No {} goal starting with '{}' in {}", seed.goalKind(), seed.titleStart(), SeedIndicators.AGREEMENT_ID);
                continue;
            }
            if (seed.kind() == null) {
                targets.link(goal.get().id(), seed.indicator());
            } else if (targets.insertIfAbsent(target(goal.get().id(), seed), validFrom)) {
                linked++;
            }
        }
        log.info("Seed indicators: {} created, observations {}, {} target(s) linked", created, report.detail("observations"), linked);
    }

    private static TargetView target(long goalId, SeedIndicators.SeedTarget s) {
        WrittenPeriod period = WrittenPeriod.of(s.period());
        return new TargetView(goalId, s.indicator(), Dimensions.TOTAL, s.kind(), s.mode(), SeedIndicators.decimal(s.value()),
                SeedIndicators.decimal(s.tolerance()), s.precision(), s.period(), period.from(), period.to(), s.countFrom(),
                s.baselinePeriod(), null);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
