package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class UploadLimitsTests {

    private final UploadLimits limits = new UploadLimits(1_000_000, 10, 5_000_000);

    @Test
    void rejectsEmptyAndOversizedFiles() {
        assertThatThrownBy(() -> limits.checkSize(new byte[0])).hasMessageContaining("tom");
        assertThatThrownBy(() -> limits.checkSize(new byte[1_000_001])).hasMessageContaining("for stor");
        assertThatCode(() -> limits.checkSize(new byte[1_000_000])).doesNotThrowAnyException();
    }

    @Test
    void rejectsZipWithTooManyEntries() throws IOException {
        byte[] zip = zip(11, 10);
        assertThatThrownBy(() -> limits.checkZip(zip)).hasMessageContaining("mere end 10 dele");
        assertThatCode(() -> limits.checkZip(zip(10, 10))).doesNotThrowAnyException();
    }

    @Test
    void rejectsZipBombByItsRealUncompressedSize() throws IOException {
        byte[] bomb = zip(1, 6_000_000); // compresses to a few kB
        assertThatCode(() -> limits.checkSize(bomb)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.checkZip(bomb)).hasMessageContaining("udpakket");
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
}
