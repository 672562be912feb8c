package dk.almenmonitor.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Caps on uploads. XLSX files are zip archives, so besides the byte size we count entries and the real
 * uncompressed size by inflating them (headers can lie), which stops zip bombs before a dataset's reader (POI) sees
 * the file. The pipeline checks every upload, of every dataset; rows and columns are the datasets' own limits.
 */
@Component
class UploadLimits {

    private final long maxBytes;
    private final int maxZipEntries;
    private final long maxUncompressedBytes;

    UploadLimits(@Value("${almen.upload.max-bytes:10485760}") long maxBytes,
                 @Value("${almen.upload.max-zip-entries:200}") int maxZipEntries,
                 @Value("${almen.upload.max-uncompressed-bytes:104857600}") long maxUncompressedBytes) {
        this.maxBytes = maxBytes;
        this.maxZipEntries = maxZipEntries;
        this.maxUncompressedBytes = maxUncompressedBytes;
    }

    void checkSize(byte[] content) {
        if (content.length == 0) {
            throw new ImportRejectedException("Filen er tom.");
        }
        if (content.length > maxBytes) {
            throw new ImportRejectedException("Filen er for stor (%d bytes); grænsen er %d bytes."
                    .formatted(content.length, maxBytes));
        }
    }

    /** Whether the file is a zip archive (XLSX, DOCX …): it then goes through {@link #checkZip} first. */
    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 0x50 && content[1] == 0x4B && content[2] == 0x03 && content[3] == 0x04;
    }

    void checkZip(byte[] content) {
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        // Commons Compress, with which POI reads the package: java.util.zip's ZipInputStream refuses valid archives
        // that POI itself writes ("invalid entry size"), so an XLSX saved by POI (our own exports) was rejected.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > maxZipEntries) {
                    throw new ImportRejectedException("Filen indeholder mere end %d dele og afvises.".formatted(maxZipEntries));
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > maxUncompressedBytes) {
                        throw new ImportRejectedException("Filen fylder udpakket mere end %d bytes og afvises."
                                .formatted(maxUncompressedBytes));
                    }
                }
            }
        } catch (IOException e) {
            throw new ImportRejectedException("Filen er ikke en gyldig XLSX-fil (zip-arkivet kan ikke læses).");
        }
    }
}
