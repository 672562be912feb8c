package dk.almenmonitor.followup;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Caps on uploads. XLSX files are zip archives, so besides the byte size we count entries and the real
 * uncompressed size by inflating them (headers can lie), which stops zip bombs before POI sees the file. The readers
 * stop at the first row or column over {@link #maxRows()} / {@link #maxColumns()}, in XLSX and CSV alike.
 */
@Component
class UploadLimits {

    private final long maxBytes;
    private final int maxZipEntries;
    private final long maxUncompressedBytes;
    private final int maxRows;
    private final int maxColumns;

    UploadLimits(@Value("${almen.upload.max-bytes:10485760}") long maxBytes,
                 @Value("${almen.upload.max-zip-entries:200}") int maxZipEntries,
                 @Value("${almen.upload.max-uncompressed-bytes:104857600}") long maxUncompressedBytes,
                 @Value("${almen.import.sheet.max-rows:20000}") int maxRows,
                 @Value("${almen.import.sheet.max-columns:100}") int maxColumns) {
        this.maxBytes = maxBytes;
        this.maxZipEntries = maxZipEntries;
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    /** The most rows a sheet may have (every row of the file, title and blank rows included). */
    int maxRows() {
        return maxRows;
    }

    /** The most columns a row may have; a cell further right rejects the file. */
    int maxColumns() {
        return maxColumns;
    }

    void checkSize(byte[] content) {
        if (content.length == 0) {
            throw new RejectedFileException("Filen er tom.");
        }
        if (content.length > maxBytes) {
            throw new RejectedFileException("Filen er for stor (%d bytes); grænsen er %d bytes."
                    .formatted(content.length, maxBytes));
        }
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
                    throw new RejectedFileException("Filen indeholder mere end %d dele og afvises.".formatted(maxZipEntries));
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > maxUncompressedBytes) {
                        throw new RejectedFileException("Filen fylder udpakket mere end %d bytes og afvises."
                                .formatted(maxUncompressedBytes));
                    }
                }
            }
        } catch (IOException e) {
            throw new RejectedFileException("Filen er ikke en gyldig XLSX-fil (zip-arkivet kan ikke læses).");
        }
    }
}
