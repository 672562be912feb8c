package dk.almenmonitor.citylevel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dk.almenmonitor.area.Area;
import dk.almenmonitor.area.AreaKind;
import dk.almenmonitor.area.Areas;
import dk.almenmonitor.imports.ImportPipeline;
import dk.almenmonitor.imports.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The embedded default's illustrative københavnerniveau: yearly values 2014–2017 of the five criteria for the six
 * urban areas and the city, made up to be consistent and plausible (no source publishes them per area), imported once
 * through the pipeline as a synthetic import, so the pages label them. Runs last on {@link ApplicationReadyEvent},
 * after the area module's seed; an urban area it needs that is not registered yet is registered here (idempotent).
 * Only with demo data on and {@code almen.demo.citylevel} not false.
 */
@Component
@ConditionalOnBooleanProperty("almen.demo.enabled")
class CityLevelSeed {

    static final String VALUES = "seed/citylevel-area-indicators.csv";
    static final String AREAS = "seed/citylevel-urban-areas.csv";
    static final String USER = "illustrative-data";
    static final int MUNICIPALITY = 101;

    private static final Logger log = LoggerFactory.getLogger(CityLevelSeed.class);

    private final ImportPipeline imports;
    private final AreaIndicatorDataset dataset;
    private final Areas areas;
    private final boolean enabled;

    CityLevelSeed(ImportPipeline imports, AreaIndicatorDataset dataset, Areas areas,
                  @Value("${almen.demo.citylevel:true}") boolean enabled) {
        this.imports = imports;
        this.dataset = dataset;
        this.areas = areas;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void load() {
        if (!enabled || imports.latestImported(AreaIndicatorDataset.NAME).isPresent()) {
            return;
        }
        registerMissingAreas();
        try (InputStream in = new ClassPathResource(VALUES).getInputStream()) {
            ImportReport report = imports.importSynthetic(dataset, in, "illustrative-koebenhavnerniveau.csv", Map.of(),
                    USER);
            if (report.imported()) {
                log.info("Illustrative city-level values imported ({} rows)", report.rows());
            } else {
                log.warn("The illustrative city-level values were rejected: {}", report.errors());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The six urban areas of the seed ({@code code;name}), registered where the register lacks them. */
    void registerMissingAreas() {
        String text;
        try (InputStream in = new ClassPathResource(AREAS).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
            String[] cells = line.split(";", 2);
            if (areas.find(cells[0].strip()).isEmpty()) {
                areas.register(new Area(cells[0].strip(), cells[1].strip(), AreaKind.URBAN_AREA, MUNICIPALITY));
            }
        });
    }
}
