package dk.almenmonitor.imports;

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

    /** The id of the dataset's imported (not rejected) file whose report has {@code detail} = {@code value}. */
    public Optional<UUID> importWithDetail(String dataset, String detail, String value) {
        return jdbc.sql("""
                select id from imports.import_record
                where dataset = ? and status = 'IMPORTED' and details ->> ? = ?
                order by imported_at desc limit 1
                """).params(dataset, detail, value).query(UUID.class).optional();
    }
}
