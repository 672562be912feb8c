package dk.almenmonitor.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored shares ({@code stock.share}) and the staging of a BBR extract's units: a temporary table of the import's
 * transaction ({@code pg_temp.stock_units}, dropped at its end) of the municipality's units (file row, postal code,
 * what the unit counts as), filled with COPY, from which the share is derived.
 */
@Repository
class StockShareRepository {

    static final String UNITS_STAGING = "pg_temp.stock_units";
    static final String[] UNITS_COLUMNS = {"row_no", "postal_code", "kind"};

    /** The kind codes staged for a unit: not counted, a dwelling, an almen dwelling. */
    static final int NOT_COUNTED = 0;
    static final int DWELLING = 1;
    static final int ALMEN = 2;

    /** Almene dwellings and all dwellings. */
    record Counts(long almene, long dwellings) {
    }

    /** What an upsert did. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    private static final String SELECT = """
            select municipality_code, cutoff, method, almene, dwellings, share_pct, suppressed_cells, source, import_id,
                   file_name, imported_at
              from stock.share
            """;

    private final JdbcClient jdbc;

    StockShareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The staging table of the units, for this transaction only. */
    void createUnitStaging() {
        jdbc.sql("""
                create temp table stock_units (
                    row_no      integer  not null,
                    postal_code smallint,
                    kind        smallint not null
                ) on commit drop
                """).update();
    }

    /** The staged dwellings and almene dwellings (the staging table holds the municipality's units only). */
    Counts stagedCounts() {
        return jdbc.sql("""
                select count(*) filter (where kind = 2), count(*) filter (where kind >= 1)
                  from pg_temp.stock_units
                """).query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }

    /**
     * Stores the figure for its municipality, cut-off and method: inserted, replaced when its counts differ (then with
     * the new import, source and file), left as it is when they are the same (the same file again changes nothing).
     */
    Outcome upsert(ShareView figure) {
        List<Boolean> inserted = jdbc.sql("""
                insert into stock.share (municipality_code, cutoff, method, almene, dwellings, share_pct, suppressed_cells,
                                         source, import_id, file_name, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (municipality_code, cutoff, method) do update
                   set almene = excluded.almene, dwellings = excluded.dwellings, share_pct = excluded.share_pct,
                       suppressed_cells = excluded.suppressed_cells, source = excluded.source,
                       import_id = excluded.import_id, file_name = excluded.file_name, imported_at = excluded.imported_at
                 where (stock.share.almene, stock.share.dwellings, stock.share.suppressed_cells)
                       is distinct from (excluded.almene, excluded.dwellings, excluded.suppressed_cells)
                returning (xmax = 0)
                """)
                .param(figure.municipalityCode()).param(figure.cutoff()).param(figure.methodCode().name())
                .param(figure.almene()).param(figure.dwellings()).param(figure.sharePct())
                .param(figure.suppressedCells()).param(figure.source()).param(figure.importId())
                .param(figure.fileName()).param(figure.importedAt())
                .query(Boolean.class).list();
        if (inserted.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        return inserted.get(0) ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** Every figure of the municipality, oldest cut-off first (BBR before BOL101 on the same date). */
    List<ShareView> all(String municipalityCode) {
        return jdbc.sql(SELECT + " where municipality_code = ? order by cutoff, method")
                .param(municipalityCode).query(StockShareRepository::map).list();
    }

    Optional<ShareView> find(String municipalityCode, LocalDate cutoff, ShareMethod method) {
        return jdbc.sql(SELECT + " where municipality_code = ? and cutoff = ? and method = ?")
                .param(municipalityCode).param(cutoff).param(method.name())
                .query(StockShareRepository::map).optional();
    }

    private static ShareView map(ResultSet rs, int row) throws SQLException {
        return new ShareView(rs.getString("municipality_code"), rs.getObject("cutoff", LocalDate.class),
                ShareMethod.valueOf(rs.getString("method")), rs.getInt("almene"), rs.getInt("dwellings"),
                rs.getBigDecimal("share_pct"), rs.getInt("suppressed_cells"), rs.getString("source"),
                rs.getObject("import_id", UUID.class), rs.getString("file_name"),
                rs.getObject("imported_at", OffsetDateTime.class));
    }
}
