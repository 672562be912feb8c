package dk.almenmonitor.report;

import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Open data: an agreement's goals and their statuses per round, as CSV (Danish Excel) and JSON. */
@RestController
@Tag(name = "Open data")
class OpenDataApiController {

    private final OpenDataExport export;
    private final OpenDataCsv csv;

    OpenDataApiController(OpenDataExport export, OpenDataCsv csv) {
        this.export = export;
        this.csv = csv;
    }

    @GetMapping(value = "/api/v1/agreements/{agreementId}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The agreement's goals with their status in every round (JSON)")
    OpenDataExport.Export json(@PathVariable String agreementId) {
        return find(agreementId);
    }

    @GetMapping(value = "/api/v1/agreements/{agreementId}/export.csv", produces = "text/csv")
    @Operation(summary = "The agreement's goals with their status in every round (CSV: ';', UTF-8 with BOM, CRLF)")
    ResponseEntity<byte[]> csv(@PathVariable String agreementId) {
        OpenDataExport.Export data = find(agreementId);
        return ReportDownloads.attachment(csv.write(data), ReportDownloads.CSV,
                ReportDownloads.fileName("csv", "aabne-data", data.agreementId()));
    }

    private OpenDataExport.Export find(String agreementId) {
        return export.export(agreementId).orElseThrow(() -> RequestRefused.notFound(
                "report.refused.noAgreementNamed", agreementId));
    }
}
