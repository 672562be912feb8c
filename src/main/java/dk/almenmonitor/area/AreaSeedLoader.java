package dk.almenmonitor.area;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

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
 * The embedded default's areas, through the ordinary pipeline, once per data directory: {@value #AREAS} (the
 * København housing areas of docs/domain.md §16 and the municipality's six designated urban areas, imported as a real
 * {@code areas} file) and {@value #CRITERIA} (illustrative criterion values for the lists 2013–2017, consistent with
 * the published memberships, imported as synthetic data: labelled on every page, never an indicator observation).
 * Only with demo data on ({@code almen.demo.enabled}), {@code almen.seed.enabled} and {@code almen.demo.areas} not
 * false.
 */
@Component
@ConditionalOnBooleanProperty("almen.demo.enabled")
class AreaSeedLoader {

    static final String AREAS = "seed/areas.csv";
    static final String CRITERIA = "seed/area-criteria-illustrative.csv";
    static final String USER = "illustrative-data";

    private static final Logger log = LoggerFactory.getLogger(AreaSeedLoader.class);

    private final ImportPipeline imports;
    private final AreaDataset areas;
    private final CriteriaDataset criteria;
    private final boolean enabled;

    AreaSeedLoader(ImportPipeline imports, AreaDataset areas, CriteriaDataset criteria,
                   @Value("${almen.seed.enabled:true}") boolean seed,
                   @Value("${almen.demo.areas:true}") boolean demoAreas) {
        this.imports = imports;
        this.areas = areas;
        this.criteria = criteria;
        this.enabled = seed && demoAreas;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() throws IOException {
        if (!enabled) {
            return;
        }
        if (imports.latestImported(AreaDataset.NAME).isEmpty()) {
            try (InputStream in = new ClassPathResource(AREAS).getInputStream()) {
                check(imports.importFile(areas, in, "areas.csv", Map.of(), "system"));
            }
        }
        if (imports.latestImported(CriteriaDataset.NAME).isEmpty()) {
            try (InputStream in = new ClassPathResource(CRITERIA).getInputStream()) {
                check(imports.importSynthetic(criteria, in, "area-criteria-illustrative.csv", Map.of(), USER));
            }
        }
    }

    private static void check(ImportReport report) {
        if (!report.imported()) {
            throw new IllegalStateException("The seed " + report.dataset() + " did not import: " + report.errors());
        }
        log.info("Seed {} imported ({} rows)", report.dataset(), report.rows());
    }
}
