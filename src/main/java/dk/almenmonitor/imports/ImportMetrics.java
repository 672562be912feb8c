package dk.almenmonitor.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Prometheus meters of the import pipeline (docs/operations.md "Metrics"): {@value #IMPORTS} times every import by
 * dataset and outcome ({@code imported}, {@code rejected}, or {@code failed} when it ended in an exception), so its
 * {@code _count} is the number of imports; {@value #ROWS} counts the rows of the imported files by dataset.
 */
@Component
class ImportMetrics {

    static final String IMPORTS = "almen.imports";
    static final String ROWS = "almen.imports.rows";

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    /** Records one import; {@code report} is null when it ended in an exception. */
    void record(Timer.Sample sample, String dataset, ImportReport report) {
        String outcome = report == null ? "failed" : report.imported() ? "imported" : "rejected";
        sample.stop(Timer.builder(IMPORTS).description("File imports by dataset and outcome")
                .tag("dataset", dataset).tag("outcome", outcome).register(registry));
        if (report != null && report.imported()) {
            Counter.builder(ROWS).description("Rows of imported files by dataset").tag("dataset", dataset)
                    .register(registry).increment(report.rows());
        }
    }
}
