package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The properties every CSV dataset reader has: its valid file is read; arbitrary bytes that start like its file, and
 * its valid file with random edits ({@link ImportFuzz#nearValid}), are read or refused with reported problems — never
 * anything else. A dataset's test says how its file looks and how the pipeline reads it.
 */
public abstract class DatasetFileProperties {

    /** The header line of the dataset's file. */
    protected abstract String header();

    /** A file the dataset accepts; the near-valid files are edits of it. */
    protected abstract String validFile();

    /**
     * Reads the file as the pipeline does ({@link ImportFuzz#checkParse}, or {@link ImportFuzz#checkLoad} for a dataset
     * that checks its rows while loading): the refusal, or null when the file was read. Fails on anything else.
     */
    protected abstract ImportRejectedException read(byte[] content);

    @Example
    public void theValidFileIsRead() {
        assertThat(read(validFile().getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Property(tries = 200)
    public void arbitraryBytesAreReadOrRefused(@ForAll("bytes") byte[] content) {
        read(content);
    }

    @Property(tries = 400)
    public void nearValidFilesAreReadOrRefused(@ForAll("nearValid") byte[] content) {
        read(content);
    }

    @Provide
    public Arbitrary<byte[]> bytes() {
        return ImportFuzz.bytes(header());
    }

    @Provide
    public Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(validFile());
    }
}
