package dk.almenmonitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Caps on uploads, and the spooling of an upload to a temporary file. The byte size is counted while the upload is
 * copied (the copy stops at the first byte over the dataset's limit), with the SHA-256 computed on the way. XLSX
 * files are zip archives, so besides the byte size we count entries and the real uncompressed size by inflating
 * them (headers can lie), which stops zip bombs before a dataset's reader (POI) sees the file. The pipeline checks
 * every upload, of every dataset; rows and columns are the datasets' own limits.
 */
@Component
class UploadLimits {

    /** A spooled upload: the temporary file (the caller deletes it), its size and its SHA-256 in hex. */
    record Spooled(Path path, long size, String sha256) {
    }

    private final long maxBytes;
    private final long largeMaxBytes;
    private final int maxZipEntries;
    private final long maxUncompressedBytes;

    UploadLimits(@Value("${almen.upload.max-bytes:10485760}") long maxBytes,
                 @Value("${almen.upload.large-max-bytes:536870912}") long largeMaxBytes,
                 @Value("${almen.upload.max-zip-entries:200}") int maxZipEntries,
                 @Value("${almen.upload.max-uncompressed-bytes:104857600}") long maxUncompressedBytes) {
        this.maxBytes = maxBytes;
        this.largeMaxBytes = largeMaxBytes;
        this.maxZipEntries = maxZipEntries;
        this.maxUncompressedBytes = maxUncompressedBytes;
    }

    long limitFor(ImportDataset<?> dataset) {
        return dataset.large() ? largeMaxBytes : maxBytes;
    }

    long ordinaryLimit() {
        return maxBytes;
    }

    /**
     * Copies the upload to a temporary file, hashing it. Over {@code limit} the copy stops and the file is refused
     * (the partial copy is deleted); the refusal still carries the hash of what was read, for the record.
     */
    Spooled spool(InputStream in, long limit) throws IOException {
        Path path = Files.createTempFile("almen-import-", ".upload");
        MessageDigest sha = sha256();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(path)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > limit) {
                    throw new ImportRejectedException(ImportWords.text("imports.upload.tooLarge", limit));
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        if (size == 0) {
            Files.deleteIfExists(path);
            throw new ImportRejectedException(ImportWords.text("imports.upload.empty"));
        }
        return new Spooled(path, size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Whether the file is a zip archive (XLSX, DOCX …): it then goes through {@link #checkZip} first. */
    static boolean isZip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;
        }
    }

    void checkZip(Path path) {
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        // Commons Compress, with which POI reads the package: java.util.zip's ZipInputStream refuses valid archives
        // that POI itself writes ("invalid entry size"), so an XLSX saved by POI (our own exports) was rejected.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(Files.newInputStream(path), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > maxZipEntries) {
                    throw new ImportRejectedException(ImportWords.text("imports.upload.tooManyEntries", maxZipEntries));
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > maxUncompressedBytes) {
                        throw new ImportRejectedException(ImportWords.text("imports.upload.tooLargeUnpacked",
                                maxUncompressedBytes));
                    }
                }
            }
        } catch (IOException e) {
            throw new ImportRejectedException(ImportWords.text("imports.upload.notZip"));
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
