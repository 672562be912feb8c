package dk.almenmonitor.indicator;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ObservationImportReportRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ObservationImportReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(ObservationImportReport report) {
        jdbc.sql("""
                insert into indicator.import_report (id, dataset, status, file_name, report, created_by, created_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?)
                """)
                .params(report.importId(), report.dataset(), report.status().name(), report.fileName(),
                        json.writeValueAsString(report), report.importedBy(), report.importedAt())
                .update();
    }

    Optional<ObservationImportReport> find(UUID id) {
        return jdbc.sql("select report::text from indicator.import_report where id = ?").param(id)
                .query(String.class).optional()
                .map(text -> json.readValue(text, ObservationImportReport.class));
    }
}
