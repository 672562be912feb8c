package dk.almenmonitor.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The import records (schema {@code imports}). */
@Repository
class ImportRecordRepository {

    private static final String COLUMNS = "id, dataset, status, file_name, format, encoding, sha256, row_count, "
            + "errors::text, warnings::text, details::text, imported_by, imported_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportRecordRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Lock space of the import pipeline (the first key of PostgreSQL's two-key advisory locks). */
    private static final int IMPORT_LOCKS = 7301;

    /**
     * Serialises the loads of one dataset until the transaction ends: two uploads of the same file at once then load
     * one after the other, and the second finds the first's data ("unchanged") instead of writing it a second time.
     */
    void lockDataset(String dataset) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").param(IMPORT_LOCKS).param(dataset)
                .query((rs, n) -> 1).list();
    }

    void save(ImportReport report) {
        jdbc.sql("""
                insert into imports.import_record (id, dataset, status, file_name, format, encoding, sha256, row_count,
                                                   errors, warnings, details, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?)
                """)
                .params(report.importId(), report.dataset(), report.status().name(), report.fileName(), report.format(),
                        report.encoding(), report.sha256(), report.rows(), json.writeValueAsString(report.errors()),
                        json.writeValueAsString(report.warnings()), json.writeValueAsString(report.details()),
                        report.importedBy(), report.importedAt())
                .update();
    }

    Optional<ImportReport> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from imports.import_record where id = ?").param(id)
                .query(this::report).optional();
    }

    /** The latest records, newest first; of one dataset when {@code dataset} is not null. */
    List<ImportReport> latest(String dataset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from imports.import_record where (cast(? as text) is null or dataset = ?) "
                        + "order by imported_at desc, id limit ?")
                .params(dataset, dataset, limit).query(this::report).list();
    }

    private ImportReport report(ResultSet rs, int row) throws SQLException {
        return new ImportReport(rs.getObject("id", UUID.class), rs.getString("dataset"),
                ImportStatus.valueOf(rs.getString("status")), rs.getString("file_name"), rs.getString("format"),
                rs.getString("encoding"), rs.getString("sha256"), rs.getInt("row_count"),
                json.readValue(rs.getString("errors"), new TypeReference<List<ImportProblem>>() { }),
                json.readValue(rs.getString("warnings"), new TypeReference<List<String>>() { }),
                rs.getString("imported_by"), rs.getObject("imported_at", OffsetDateTime.class),
                json.readValue(rs.getString("details"), new TypeReference<Map<String, Object>>() { }));
    }
}
