package dk.almenmonitor.report;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Times every document render in {@value #RENDERS} by document ({@code bilag1}, {@code redegoerelse}) and format
 * ({@code pdf}, {@code xlsx}, {@code docx}); the {@code _count} is the number of renders (docs/operations.md "Metrics").
 * Measured at the renderers, so it counts the documents actually made, wherever they are asked for.
 */
@Component
class RenderMetrics {

    static final String RENDERS = "almen.documents.renders";

    private final MeterRegistry registry;

    RenderMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Meters that go nowhere, for a renderer made outside Spring. */
    static RenderMetrics unregistered() {
        return new RenderMetrics(new SimpleMeterRegistry());
    }

    byte[] time(String document, String format, Supplier<byte[]> render) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            byte[] bytes = render.get();
            outcome = "rendered";
            return bytes;
        } finally {
            sample.stop(Timer.builder(RENDERS).description("Document renders by document and format")
                    .tag("document", document).tag("format", format).tag("outcome", outcome).register(registry));
        }
    }

    /** The document a print template renders: {@code report/bilag1-print} is {@code bilag1}. */
    static String documentOf(String template) {
        String name = template.substring(template.lastIndexOf('/') + 1);
        return name.endsWith("-print") ? name.substring(0, name.length() - "-print".length()) : name;
    }
}
