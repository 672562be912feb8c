package dk.almenmonitor.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportPipeline;
import dk.almenmonitor.imports.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo housing data: a synthetic Copenhagen-sized set in the real formats, imported through
 * the ordinary pipeline once (the first start on a data directory), in the background after start-up, so every
 * monitor page shows something. Marked synthetic in every import report and on every page, and never turned into
 * indicator observations (docs/domain.md §9). Only with demo data on, and {@code almen.demo.synthetic-housing} not
 * false; datasets not present in this build are skipped.
 */
@Component
@ConditionalOnBooleanProperty("almen.demo.enabled")
class SyntheticDemoLoader {

    static final String USER = "syntetiske-data";
    /** In import order: the spine first, then what joins it. */
    static final List<String> ORDER = List.of(SyntheticHousingData.DEPARTMENTS, SyntheticHousingData.PRICE_INDEX,
            SyntheticHousingData.DEGREE_DAYS, SyntheticHousingData.RENTS, SyntheticHousingData.BBR_UNITS,
            SyntheticHousingData.BOL101, SyntheticHousingData.NEWBUILD, SyntheticHousingData.ENERGY_LABELS,
            SyntheticHousingData.HEAT, SyntheticHousingData.EVICTIONS, SyntheticHousingData.OPERATING_COSTS);

    private static final Logger log = LoggerFactory.getLogger(SyntheticDemoLoader.class);

    private final ImportPipeline imports;
    private final boolean enabled;
    private final SyntheticHousingData.Scale scale;
    private final boolean background;

    SyntheticDemoLoader(ImportPipeline imports,
                        @Value("${almen.demo.synthetic-housing:true}") boolean enabled,
                        @Value("${almen.demo.synthetic-housing-scale:COPENHAGEN}") SyntheticHousingData.Scale scale,
                        @Value("${almen.demo.synthetic-housing-background:true}") boolean background) {
        this.imports = imports;
        this.enabled = enabled;
        this.scale = scale;
        this.background = background;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        if (background) {
            Thread thread = new Thread(this::loadOnce, "synthetic-demo-data");
            thread.setDaemon(true);
            thread.start();
        } else {
            loadOnce();
        }
    }

    /** Imports the set unless a synthetic set was imported before; the datasets this build has, in order. */
    void loadOnce() {
        Optional<ImportReport> earlier = imports.latestImported(SyntheticHousingData.DEPARTMENTS);
        if (earlier.isPresent()) {
            return;
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("almen-synthetic-");
            SyntheticHousingData data = SyntheticHousingData.of(scale, 2017);
            for (String name : ORDER) {
                Optional<ImportDataset<?>> dataset = imports.dataset(name);
                if (dataset.isEmpty()) {
                    continue;
                }
                Path file = directory.resolve("syntetisk-" + name + ".csv");
                data.write(directory, List.of(name));
                Path written = directory.resolve(SyntheticHousingData.fileName(name));
                Files.move(written, file);
                Map<String, String> parameters = name.equals(SyntheticHousingData.BBR_UNITS)
                        ? Map.of("opgoerelsesdato", SyntheticHousingData.CUTOFF.toString()) : Map.of();
                try (InputStream in = Files.newInputStream(file)) {
                    ImportReport report = imports.importSynthetic(dataset.get(), in, file.getFileName().toString(),
                            parameters, USER);
                    if (report.imported()) {
                        log.info("Synthetic demo data: {} imported ({} rows)", name, report.rows());
                    } else {
                        log.warn("Synthetic demo data: {} was rejected: {}", name, report.errors());
                    }
                }
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", directory, e.getMessage());
        }
    }
}
