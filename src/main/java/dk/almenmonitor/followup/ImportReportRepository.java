package dk.almenmonitor.followup;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ImportReportRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(ImportReport report) {
        jdbc.sql("""
                insert into followup.import_report (id, dataset, status, file_name, agreement_id, report, created_by, created_at)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                """)
                .params(report.importId(), report.dataset(), report.status().name(), report.fileName(),
                        report.agreementId(), json.writeValueAsString(report), report.importedBy(), report.importedAt())
                .update();
    }

    Optional<ImportReport> find(UUID id) {
        return jdbc.sql("select report::text from followup.import_report where id = ?").param(id)
                .query(String.class).optional()
                .map(text -> json.readValue(text, ImportReport.class));
    }
}
