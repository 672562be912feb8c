package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class UploadLimitsTests {

    private final UploadLimits limits = new UploadLimits(1_000_000, 3_000_000, 10, 5_000_000);

    @Test
    void rejectsEmptyAndOversizedFilesWhileSpooling() throws IOException {
        assertThatThrownBy(() -> spool(new byte[0], 1_000_000)).hasMessageContaining("tom");
        assertThatThrownBy(() -> spool(new byte[1_000_001], 1_000_000)).hasMessageContaining("for stor");
        UploadLimits.Spooled spooled = spool(new byte[1_000_000], 1_000_000);
        try {
            assertThat(spooled.size()).isEqualTo(1_000_000);
            assertThat(spooled.sha256()).isEqualTo(HexFormat.of().formatHex(
                    UploadLimits.sha256().digest(new byte[1_000_000])));
            assertThat(Files.size(spooled.path())).isEqualTo(1_000_000);
        } finally {
            Files.deleteIfExists(spooled.path());
        }
    }

    @Test
    void aLargeDatasetHasTheLargeLimit() {
        ImportDataset<?> ordinary = new TestDataset(false);
        ImportDataset<?> large = new TestDataset(true);
        assertThat(limits.limitFor(ordinary)).isEqualTo(1_000_000);
        assertThat(limits.limitFor(large)).isEqualTo(3_000_000);
    }

    @Test
    void rejectsZipWithTooManyEntries() throws IOException {
        Path zip = file(zip(11, 10));
        assertThatThrownBy(() -> limits.checkZip(zip)).hasMessageContaining("mere end 10 dele");
        assertThatCode(() -> limits.checkZip(file(zip(10, 10)))).doesNotThrowAnyException();
        assertThat(UploadLimits.isZip(zip)).isTrue();
    }

    @Test
    void rejectsZipBombByItsRealUncompressedSize() throws IOException {
        byte[] bomb = zip(1, 6_000_000); // compresses to a few kB
        assertThat(bomb.length).isLessThan(1_000_000);
        assertThatThrownBy(() -> limits.checkZip(file(bomb))).hasMessageContaining("udpakket");
    }

    private UploadLimits.Spooled spool(byte[] content, long limit) throws IOException {
        return limits.spool(new ByteArrayInputStream(content), limit);
    }

    private static Path file(byte[] content) throws IOException {
        Path path = Files.createTempFile("upload-limits", ".zip");
        path.toFile().deleteOnExit();
        return Files.write(path, content);
    }

    private static byte[] zip(int entries, int bytesEach) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("e" + i + ".xml"));
                zip.write(new byte[bytesEach]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private record TestDataset(boolean large) implements ImportDataset<Void> {
        public String name() { return "test"; }
        public String labelKey() { return "imports.page.title"; }
        public String formatHelpKey() { return "imports.page.lead"; }
        public boolean mayImport(dk.almenmonitor.identity.Role role) { return true; }
        public ParsedImport<Void> parse(ImportFile file) { return null; }
        public LoadedImport load(ParsedImport<Void> parsed, String user) { return null; }
    }
}
