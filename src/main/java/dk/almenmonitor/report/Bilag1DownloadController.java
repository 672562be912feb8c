package dk.almenmonitor.report;

import java.util.Map;

import dk.almenmonitor.shared.RequestRefused;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Bilag 1 as PDF (from the page's own template), XLSX (re-importable) and DOCX. Every logged-in user may read. */
@Controller
class Bilag1DownloadController {

    private final Bilag1Builder builder;
    private final PdfRenderer pdf;
    private final Bilag1Xlsx xlsx;
    private final Bilag1Docx docx;

    Bilag1DownloadController(Bilag1Builder builder, PdfRenderer pdf, Bilag1Xlsx xlsx, Bilag1Docx docx) {
        this.builder = builder;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.docx = docx;
    }

    @GetMapping("/reports/{agreementId}/{period}/bilag1.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String agreementId, @PathVariable String period) {
        Bilag1 bilag1 = bilag1(agreementId, period);
        return ReportDownloads.attachment(pdf.render("report/bilag1-print", Map.of("bilag1", bilag1)),
                ReportDownloads.PDF, fileName(bilag1, "pdf"));
    }

    @GetMapping("/reports/{agreementId}/{period}/bilag1.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String agreementId, @PathVariable String period) {
        Bilag1 bilag1 = bilag1(agreementId, period);
        return ReportDownloads.attachment(xlsx.write(bilag1), ReportDownloads.XLSX, fileName(bilag1, "xlsx"));
    }

    @GetMapping("/reports/{agreementId}/{period}/bilag1.docx")
    ResponseEntity<byte[]> docx(@PathVariable String agreementId, @PathVariable String period) {
        Bilag1 bilag1 = bilag1(agreementId, period);
        return ReportDownloads.attachment(docx.write(bilag1), ReportDownloads.DOCX, fileName(bilag1, "docx"));
    }

    private Bilag1 bilag1(String agreementId, String period) {
        return builder.build(agreementId, period).orElseThrow(() -> RequestRefused.notFound(
                "report.refused.noBilag1", agreementId, period));
    }

    private static String fileName(Bilag1 bilag1, String extension) {
        return ReportDownloads.fileName(extension, "bilag1", bilag1.agreementId(), bilag1.round().period());
    }
}
