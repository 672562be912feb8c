package dk.almenmonitor.report;

import java.util.Map;
import java.util.function.Function;

import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The redegørelse as of a round, as DOCX and PDF. Every logged-in user may read. Besides the round it shows the
 * secretariat's texts of the year, the year's decisions and the indicator figures, which change independently of the
 * round; so for an approved round the document is built from the database for every request and its version is a
 * digest of the whole built document: rendered once per content, and 304 while it is unchanged (docs/adr/0020). An
 * open round's is rendered for every request and not stored.
 */
@Controller
class RedegoerelseDownloadController {

    private final RedegoerelseBuilder builder;
    private final RedegoerelseDocx docx;
    private final PdfRenderer pdf;
    private final FollowUpQueries followUp;
    private final DocumentCache cache;

    RedegoerelseDownloadController(RedegoerelseBuilder builder, RedegoerelseDocx docx, PdfRenderer pdf,
                                   FollowUpQueries followUp, DocumentCache cache) {
        this.builder = builder;
        this.docx = docx;
        this.pdf = pdf;
        this.followUp = followUp;
        this.cache = cache;
    }

    @GetMapping("/reports/{agreementId}/{period}/redegoerelse.docx")
    ResponseEntity<byte[]> docx(@PathVariable String agreementId, @PathVariable String period, WebRequest request) {
        return document(agreementId, period, request, DocumentCache.Kind.REDEGOERELSE_DOCX, ReportDownloads.DOCX, "docx",
                docx::write);
    }

    @GetMapping("/reports/{agreementId}/{period}/redegoerelse.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String agreementId, @PathVariable String period, WebRequest request) {
        return document(agreementId, period, request, DocumentCache.Kind.REDEGOERELSE_PDF, ReportDownloads.PDF, "pdf",
                r -> pdf.renderTagged("report/redegoerelse-print", Map.of("redegoerelse", r)));
    }

    private ResponseEntity<byte[]> document(String agreementId, String period, WebRequest request, DocumentCache.Kind kind,
                                            MediaType type, String extension, Function<Redegoerelse, byte[]> write) {
        // Whether the round is approved is read before the document, so a reopening meanwhile can only make it fresh.
        boolean approved = followUp.approvedVersion(agreementId, period).isPresent();
        Redegoerelse r = builder.build(agreementId, period).orElseThrow(() -> RequestRefused.notFound(
                "report.refused.noRedegoerelse", agreementId, period));
        String fileName = ReportDownloads.fileName(extension, "redegoerelse", r.agreementId(), r.period());
        if (!approved) {
            cache.forget(agreementId, period);
            return ReportDownloads.attachment(write.apply(r), type, fileName);
        }
        // Records all the way down (texts, dates, numbers, enums): the text is the document's full content.
        String version = DocumentVersions.digest(r.toString());
        String etag = "rd" + extension + "-" + version;
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        byte[] body = cache.bytes(kind, agreementId, period, version, () -> write.apply(r));
        return ReportDownloads.approvedAttachment(body, type, fileName, etag);
    }
}
