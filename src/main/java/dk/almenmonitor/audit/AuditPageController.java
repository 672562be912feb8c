package dk.almenmonitor.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.jspecify.annotations.Nullable;

/** {@code /revision}: the audit log ("Revisionslog") with filters and paging, times in Danish time (ADMIN only). */
@Controller
class AuditPageController {

    static final DateTimeFormatter DANISH_DATE_TIME = DateTimeFormatter
            .ofPattern("d. MMM yyyy 'kl.' HH:mm:ss", DanishFormat.DANISH)
            .withZone(DanishFormat.DANISH_TIME);

    private final AuditRepository repository;

    AuditPageController(AuditRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/revision")
    @PreAuthorize("@access.admin()")
    String revision(@RequestParam(required = false) @Nullable String actor,
                    @RequestParam(required = false) @Nullable String action,
                    @RequestParam(required = false) @Nullable String subject,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                    @RequestParam(defaultValue = "0") int page,
                    Model model) {
        AuditQuery query = new AuditQuery(actor, action, subject, from, to, page);
        AuditPage result = repository.search(query);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("rows", result.entries().stream().map(e -> new Row(e, DANISH_DATE_TIME.format(e.at()))).toList());
        model.addAttribute("pages", result.pages());
        model.addAttribute("hasPrevious", result.hasPrevious());
        model.addAttribute("hasNext", result.hasNext());
        return "audit/revision";
    }

    /** A row as the page shows it: the entry plus its time in Danish time and the ISO UTC value for machines. */
    record Row(AuditEntry entry, String danishTime) {
        public String isoTime() {
            return entry.at().toString();
        }
    }
}
