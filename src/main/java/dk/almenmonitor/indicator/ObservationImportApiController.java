package dk.almenmonitor.indicator;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports/observations}. The literal path wins over the follow-up module's
 * {@code /api/v1/imports/{dataset}} pattern (Spring prefers the more specific mapping).
 */
@RestController
@Tag(name = "Import", description = "Imports of the follow-up sheet and datasets")
class ObservationImportApiController {

    private final ObservationImporter importer;

    ObservationImportApiController(ObservationImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/v1/imports/observations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import observations (indikator;periode;vaerdi;dimension;kilde); a rejected file answers 422 "
            + "with the report and changes nothing")
    ResponseEntity<ObservationImportReport> importObservations(@RequestPart("file") MultipartFile file,
                                                               Authentication user) throws IOException {
        ObservationImportAccess.requireImporter(user);
        ObservationImportReport report = importer.importFile(file.getBytes(), file.getOriginalFilename(), user.getName(),
                ObservationImporter.Existing.REVISE);
        HttpStatus status = report.status() == ObservationImportReport.ImportStatus.IMPORTED
                ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).body(report);
    }
}
