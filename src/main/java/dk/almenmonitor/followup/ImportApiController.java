package dk.almenmonitor.followup;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.almenmonitor.shared.ImportReportLookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Import", description = "Imports of the follow-up sheet and datasets")
class ImportApiController {

    private final AgreementSheetImporter importer;
    private final List<ImportReportLookup> reports;

    ImportApiController(AgreementSheetImporter importer, List<ImportReportLookup> reports) {
        this.importer = importer;
        this.reports = reports;
    }

    @PostMapping(path = "/{dataset}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a file; a rejected file answers 422 with the report and changes nothing")
    ResponseEntity<ImportReport> importFile(@PathVariable String dataset, @RequestPart("file") MultipartFile file,
                                            @RequestParam(required = false) String agreementId,
                                            Authentication user) throws IOException {
        if (!AgreementSheetImporter.DATASET.equals(dataset)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt datasæt '" + dataset + "'.");
        }
        requireAdmin(user);
        ImportReport report = importer.importSheet(file.getBytes(), file.getOriginalFilename(), agreementId, user.getName());
        HttpStatus status = report.status() == ImportReport.ImportStatus.IMPORTED ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).body(report);
    }

    @GetMapping("/{importId}")
    @Operation(summary = "A stored import report: of the follow-up sheet or of a dataset such as observations "
            + "(for the secretariat and data stewards, who import)")
    Object report(@PathVariable String importId, Authentication user) {
        boolean importer = user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_DATA_STEWARD"));
        if (!importer) {
            throw new AccessDeniedException("Kun sekretariatet (ADMIN) og datastewards kan se importrapporter.");
        }
        UUID id;
        try {
            id = UUID.fromString(importId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Importen '" + importId + "' findes ikke.");
        }
        return reports.stream().map(lookup -> lookup.findReport(id)).flatMap(Optional::stream).findFirst().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Importen '" + importId + "' findes ikke."));
    }

    static void requireAdmin(Authentication user) {
        boolean admin = user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        if (!admin) {
            throw new AccessDeniedException("Kun sekretariatet (ADMIN) kan importere opfølgningsarket.");
        }
    }
}
