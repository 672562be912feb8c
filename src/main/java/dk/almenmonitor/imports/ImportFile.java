package dk.almenmonitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * An uploaded file as a dataset sees it: spooled by the pipeline to a temporary file (already checked against the
 * upload limits, deleted after the import), its file name (made safe for reports and pages) and the form or query
 * parameters that came with it, such as the follow-up sheet's {@code agreementId}. A small dataset reads it whole
 * ({@link #content()}); a large one streams it ({@link #open()}), once or more.
 */
public final class ImportFile {

    private final Path path;
    private final long size;
    private final boolean streamOnly;
    private final String fileName;
    private final Map<String, String> parameters;
    private final UUID importId;

    ImportFile(Path path, long size, boolean streamOnly, String fileName, Map<String, String> parameters) {
        this(path, size, streamOnly, fileName, parameters, null);
    }

    ImportFile(Path path, long size, boolean streamOnly, String fileName, Map<String, String> parameters,
               UUID importId) {
        this.importId = importId;
        this.path = path;
        this.size = size;
        this.streamOnly = streamOnly;
        this.fileName = fileName;
        this.parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** The file from its first byte; the caller closes it. */
    public InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole file in memory: for datasets with the ordinary upload limit (10 MB), not {@code large()} ones. */
    public byte[] content() {
        if (streamOnly) {
            throw new IllegalStateException("A large file is streamed, not read whole: " + size + " bytes");
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long size() {
        return size;
    }

    public String fileName() {
        return fileName;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * The id of the import record this file is imported under ({@code GET /api/v1/imports/{id}}), so that derived
     * figures can say which import they came from; null outside the pipeline.
     */
    public UUID importId() {
        return importId;
    }

    /** A parameter, or null when it is absent or blank. */
    public String parameter(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
