package dk.almenmonitor.report;

import java.util.Map;

import dk.almenmonitor.shared.RequestRefused;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The redegørelse as of a round, as DOCX and PDF. Every logged-in user may read. */
@Controller
class RedegoerelseDownloadController {

    private final RedegoerelseBuilder builder;
    private final RedegoerelseDocx docx;
    private final PdfRenderer pdf;

    RedegoerelseDownloadController(RedegoerelseBuilder builder, RedegoerelseDocx docx, PdfRenderer pdf) {
        this.builder = builder;
        this.docx = docx;
        this.pdf = pdf;
    }

    @GetMapping("/reports/{agreementId}/{period}/redegoerelse.docx")
    ResponseEntity<byte[]> docx(@PathVariable String agreementId, @PathVariable String period) {
        Redegoerelse r = redegoerelse(agreementId, period);
        return ReportDownloads.attachment(docx.write(r), ReportDownloads.DOCX, fileName(r, "docx"));
    }

    @GetMapping("/reports/{agreementId}/{period}/redegoerelse.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String agreementId, @PathVariable String period) {
        Redegoerelse r = redegoerelse(agreementId, period);
        return ReportDownloads.attachment(pdf.renderTagged("report/redegoerelse-print", Map.of("redegoerelse", r)),
                ReportDownloads.PDF, fileName(r, "pdf"));
    }

    private Redegoerelse redegoerelse(String agreementId, String period) {
        return builder.build(agreementId, period).orElseThrow(() -> RequestRefused.notFound(
                "report.refused.noRedegoerelse", agreementId, period));
    }

    private static String fileName(Redegoerelse r, String extension) {
        return ReportDownloads.fileName(extension, "redegoerelse", r.agreementId(), r.period());
    }
}
