package dk.almenmonitor.imports;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the import a dataset's stored data came from. A dataset's {@code load} does not know the id its import will
 * get, so it names its load in the report's details (e.g. {@code loadId}) and asks here afterwards.
 */
@Repository
public class ImportLookupRepository {

    private final JdbcClient jdbc;

    ImportLookupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An import: its id, file name and when it was made. */
    public record Imported(UUID importId, String fileName, OffsetDateTime importedAt) {
    }

    /** The dataset's imported (not rejected) file whose report has {@code detail} = {@code value}. */
    public Optional<Imported> importWithDetail(String dataset, String detail, String value) {
        return jdbc.sql("""
                select id, file_name, imported_at from imports.import_record
                where dataset = ? and status = 'IMPORTED' and details ->> ? = ?
                order by imported_at desc limit 1
                """).params(dataset, detail, value).query((rs, n) -> new Imported(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getObject(3, OffsetDateTime.class))).optional();
    }
}
