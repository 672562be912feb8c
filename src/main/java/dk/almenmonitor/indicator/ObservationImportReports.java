package dk.almenmonitor.indicator;

import java.util.Optional;
import java.util.UUID;

import dk.almenmonitor.shared.ImportReportLookup;
import org.springframework.stereotype.Component;

/** The reports of observation imports, for {@code GET /api/v1/imports/{id}}. */
@Component
class ObservationImportReports implements ImportReportLookup {

    private final ObservationImportReportRepository reports;

    ObservationImportReports(ObservationImportReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public Optional<Object> findReport(UUID importId) {
        return reports.find(importId).map(Object.class::cast);
    }
}
