package dk.almenmonitor.report;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dk.almenmonitor.shared.RequestRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Bilag 1 as PDF (from the page's own template), XLSX (re-importable) and DOCX. Every logged-in user may read. An
 * approved round's documents are rendered once per version and answer {@code If-None-Match} (docs/adr/0020); an open
 * round's are rendered for every request and not stored.
 */
@Controller
class Bilag1DownloadController {

    private final Bilag1Builder builder;
    private final PdfRenderer pdf;
    private final Bilag1Xlsx xlsx;
    private final Bilag1Docx docx;
    private final DocumentVersions versions;
    private final DocumentCache cache;

    Bilag1DownloadController(Bilag1Builder builder, PdfRenderer pdf, Bilag1Xlsx xlsx, Bilag1Docx docx,
                             DocumentVersions versions, DocumentCache cache) {
        this.builder = builder;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.docx = docx;
        this.versions = versions;
        this.cache = cache;
    }

    @GetMapping("/reports/{agreementId}/{period}/bilag1.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String agreementId, @PathVariable String period, WebRequest request) {
        return document(agreementId, period, request, DocumentCache.Kind.BILAG1_PDF, ReportDownloads.PDF, "pdf",
                b -> pdf.render("report/bilag1-print", Map.of("bilag1", b)));
    }

    @GetMapping("/reports/{agreementId}/{period}/bilag1.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String agreementId, @PathVariable String period, WebRequest request) {
        return document(agreementId, period, request, DocumentCache.Kind.BILAG1_XLSX, ReportDownloads.XLSX, "xlsx",
                xlsx::write);
    }

    @GetMapping("/reports/{agreementId}/{period}/bilag1.docx")
    ResponseEntity<byte[]> docx(@PathVariable String agreementId, @PathVariable String period, WebRequest request) {
        return document(agreementId, period, request, DocumentCache.Kind.BILAG1_DOCX, ReportDownloads.DOCX, "docx",
                docx::write);
    }

    private ResponseEntity<byte[]> document(String agreementId, String period, WebRequest request, DocumentCache.Kind kind,
                                            MediaType type, String extension, Function<Bilag1, byte[]> write) {
        Optional<String> version = versions.bilag1(agreementId, period);
        String fileName = ReportDownloads.fileName(extension, "bilag1", agreementId, period);
        if (version.isEmpty()) {
            cache.forget(agreementId, period);
            Bilag1 bilag1 = bilag1(agreementId, period);
            return ReportDownloads.attachment(write.apply(bilag1), type, fileName(bilag1, extension));
        }
        String etag = "b1" + extension + "-" + version.get();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        byte[] body = cache.bytes(kind, agreementId, period, version.get(), () -> write.apply(bilag1(agreementId, period)));
        return ReportDownloads.approvedAttachment(body, type, fileName, etag);
    }

    private Bilag1 bilag1(String agreementId, String period) {
        return builder.build(agreementId, period).orElseThrow(() -> RequestRefused.notFound(
                "report.refused.noBilag1", agreementId, period));
    }

    private static String fileName(Bilag1 bilag1, String extension) {
        return ReportDownloads.fileName(extension, "bilag1", bilag1.agreementId(), bilag1.round().period());
    }
}
