package dk.almenmonitor.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/audit}: the audit log, newest first, 50 rows a page (ADMIN only). */
@RestController
class AuditApiController {

    private final AuditRepository repository;

    AuditApiController(AuditRepository repository) {
        this.repository = repository;
    }

    record EntryResponse(long id, Instant at, String actor, String action, String subject, Map<String, String> details) {
    }

    record PageResponse(int page, int size, long total, List<EntryResponse> entries) {
    }

    @PreAuthorize("@access.admin()")
    @GetMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse audit(@RequestParam(required = false) @Nullable String actor,
                       @RequestParam(required = false) @Nullable String action,
                       @RequestParam(required = false) @Nullable String subject,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                       @RequestParam(defaultValue = "0") int page) {
        AuditPage result = repository.search(new AuditQuery(actor, action, subject, from, to, page));
        return new PageResponse(result.page(), result.size(), result.total(), result.entries().stream()
                .map(e -> new EntryResponse(e.id(), e.at(), e.actor(), e.action(), e.subject(), e.details()))
                .toList());
    }
}
