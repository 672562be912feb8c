package dk.almenmonitor.followup;

import java.util.Optional;
import java.util.UUID;

import dk.almenmonitor.shared.ImportReportLookup;
import org.springframework.stereotype.Component;

/** The reports of follow-up sheet imports, for {@code GET /api/v1/imports/{id}}. */
@Component
class SheetImportReports implements ImportReportLookup {

    private final ImportReportRepository reports;

    SheetImportReports(ImportReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public Optional<Object> findReport(UUID importId) {
        return reports.find(importId).map(Object.class::cast);
    }
}
