package dk.almenmonitor.imports;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports/{dataset}} (multipart {@code file}; 200 with the report, 422 with the report when the
 * file is rejected and nothing changed), {@code GET /api/v1/imports/{id}} and {@code GET /api/v1/imports?dataset=…}.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Import", description = "Imports of the follow-up sheet and datasets")
class ImportApiController {

    /** The most records the list answers with. */
    static final int LIST_LIMIT = 100;

    private final ImportPipeline pipeline;
    private final ImportAccess access;

    ImportApiController(ImportPipeline pipeline, ImportAccess access) {
        this.pipeline = pipeline;
        this.access = access;
    }

    @PostMapping(path = "/{dataset}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a file into a dataset (agreement-sheet, observations …); a rejected file answers 422 "
            + "with the report and changes nothing")
    ResponseEntity<ImportReport> importFile(@PathVariable String dataset, @RequestPart("file") MultipartFile file,
                                            @RequestParam Map<String, String> parameters,
                                            Authentication user) throws IOException {
        ImportDataset<?> target = access.requireDataset(dataset, user);
        ImportReport report;
        try (var upload = file.getInputStream()) {
            report = pipeline.importFile(target, upload, file.getOriginalFilename(),
                    datasetParameters(parameters), user.getName());
        }
        HttpStatus status = report.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).body(report);
    }

    @GetMapping("/{importId}")
    @Operation(summary = "A stored import report, of any dataset (for the users who may import)")
    ImportReport report(@PathVariable String importId, Authentication user) {
        access.requireImporter(user);
        UUID id;
        try {
            id = UUID.fromString(importId);
        } catch (IllegalArgumentException e) {
            throw notFound(importId);
        }
        return pipeline.report(id).orElseThrow(() -> notFound(importId));
    }

    @GetMapping
    @Operation(summary = "The latest import reports, newest first (at most 100), of one dataset when given")
    List<ImportReport> list(@RequestParam(required = false) String dataset, Authentication user) {
        access.requireImporter(user);
        return pipeline.latest(dataset == null || dataset.isBlank() ? null : dataset, LIST_LIMIT);
    }

    /** The request's parameters for the dataset: bounded in number and length (the request body is bounded too). */
    static Map<String, String> datasetParameters(Map<String, String> parameters) {
        Map<String, String> kept = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (kept.size() < 20 && name.length() <= 64 && value != null && value.length() <= 1_000) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private static RequestRefused notFound(String importId) {
        return RequestRefused.notFound("imports.refused.unknownImport", BoundedProblems.excerpt(importId));
    }
}
