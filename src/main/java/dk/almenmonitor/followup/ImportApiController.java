package dk.almenmonitor.followup;

import java.io.IOException;
import java.util.UUID;

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

    ImportApiController(AgreementSheetImporter importer) {
        this.importer = importer;
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
    @Operation(summary = "A stored import report")
    ImportReport report(@PathVariable String importId) {
        UUID id;
        try {
            id = UUID.fromString(importId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Importen '" + importId + "' findes ikke.");
        }
        return importer.report(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Importen '" + importId + "' findes ikke."));
    }

    static void requireAdmin(Authentication user) {
        boolean admin = user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        if (!admin) {
            throw new AccessDeniedException("Kun sekretariatet (ADMIN) kan importere opfølgningsarket.");
        }
    }
}
