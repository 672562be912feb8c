package dk.almenmonitor.report;

import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Download responses with safe ASCII file names such as {@code bilag1-kk-bl1-2015-2018-2017-Q1.pdf}. */
final class ReportDownloads {

    static final MediaType PDF = MediaType.APPLICATION_PDF;
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private ReportDownloads() {
    }

    /** Joins the parts with "-" and keeps only {@code A-Z a-z 0-9 . _ -}; Danish letters are spelt out (ø → oe). */
    static String fileName(String extension, String... parts) {
        String joined = String.join("-", parts).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa");
        String safe = joined.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|-+$", "");
        if (safe.length() > 120) {
            safe = safe.substring(0, 120);
        }
        return (safe.isEmpty() ? "dokument" : safe) + "." + extension.toLowerCase(Locale.ROOT);
    }

    /**
     * A document of an approved round: the browser may keep it but must ask again ({@code private, no-cache}); the
     * ETag (quoted here) lets it get a 304 when the version is unchanged.
     */
    static ResponseEntity<byte[]> approvedAttachment(byte[] body, MediaType type, String fileName, String etag) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(etag)
                .body(body);
    }

    static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(body);
    }
}
