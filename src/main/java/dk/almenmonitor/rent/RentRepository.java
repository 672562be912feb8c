package dk.almenmonitor.rent;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.almenmonitor.imports.BulkCopyRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rent schema: a file's rows are loaded with COPY straight into {@code rent.dwelling}, in the import's transaction,
 * after the cut-off's stored dwellings were moved aside into a temporary table ({@link #setAside}) to compare the file
 * with; the derived rows, counted while the file was read, replace the cut-off's. A refused file rolls it all back.
 */
@Repository
class RentRepository {

    /** The module's schema; the tables the COPYs name are built on it (a quoted "rent.…" reads as a message key). */
    static final String SCHEMA = "rent";
    static final String DWELLING = SCHEMA + ".dwelling";
    static final String[] DWELLING_COLUMNS = {"cutoff", "organisation_no", "department_no", "tenancy_id",
            "housing_type", "postal_code", "area_m2", "rooms", "yearly_rent_dkk"};
    static final String BAND_COUNT = SCHEMA + ".band_count";
    static final String[] BAND_COUNT_COLUMNS = {"cutoff", "postal_code", "housing_type", "band", "band_from", "band_to",
            "dwellings"};
    static final String DEPARTMENTS = "pg_temp.rent_departments";
    static final String[] DEPARTMENTS_COLUMNS = {"organisation_no", "department_no"};

    /** A key that a file holds twice: the row that repeats it and the row where it was first. */
    record Duplicate(int organisationNo, int departmentNo, String tenancyId, int row, int firstRow) {
    }

    /** How the staged file compares with the cut-off's stored dwellings. */
    record Comparison(int created, int updated, int unchanged, int removed) {
        boolean changesNothing() {
            return created == 0 && updated == 0 && removed == 0;
        }
    }

    /** A stored cut-off: its import, its bands and its low-rent counts. */
    record CutoffRecord(LocalDate cutoff, UUID importId, String fileName, String importedBy, OffsetDateTime importedAt,
                        int dwellings, List<Integer> bandLimits, int threshold, int family, int youth, int elderly) {
    }

    /** One derived row: dwellings of a housing type in a postal code within a band. */
    record BandCount(int postalCode, HousingType housingType, int band, Integer bandFrom, Integer bandTo,
                     int dwellings) {
    }

    private final JdbcClient jdbc;
    private final BulkCopyRepository bulk;

    RentRepository(JdbcClient jdbc, BulkCopyRepository bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /**
     * Before the file's rows are copied in: the cut-off's stored dwellings move into a temporary table of the
     * transaction (dropped when it ends, committed or not), which {@link #compare} compares the file with.
     */
    void setAside(LocalDate cutoff) {
        // Hash the comparison of a national file with the stored one in memory rather than spilling (this transaction).
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("create temp table rent_previous (like rent.dwelling) on commit drop").update();
        jdbc.sql("""
                with moved as (delete from rent.dwelling where cutoff = ? returning *)
                insert into pg_temp.rent_previous select * from moved
                """).param(cutoff).update();
    }

    /** The temporary table of the departments a file names ({@link #DEPARTMENTS}), for the spine. */
    void createDepartments() {
        jdbc.sql("create temp table rent_departments (organisation_no integer, department_no integer) on commit drop")
                .update();
    }

    /** The file's dwellings ({@code copied} of them, now stored) against those set aside, by key. */
    Comparison compare(LocalDate cutoff, int copied) {
        int previous = jdbc.sql("select count(*) from pg_temp.rent_previous").query(Integer.class).single();
        if (previous == 0) {
            return new Comparison(copied, 0, 0, 0);
        }
        return hashed(() -> jdbc.sql("""
                select count(*) filter (where p.tenancy_id is null),
                       count(*) filter (where d.tenancy_id is not null and p.tenancy_id is not null
                                          and (d.housing_type, d.postal_code, d.area_m2, d.rooms, d.yearly_rent_dkk)
                                              is distinct from
                                              (p.housing_type, p.postal_code, p.area_m2, p.rooms, p.yearly_rent_dkk)),
                       count(*) filter (where d.tenancy_id is not null and p.tenancy_id is not null
                                          and (d.housing_type, d.postal_code, d.area_m2, d.rooms, d.yearly_rent_dkk)
                                              is not distinct from
                                              (p.housing_type, p.postal_code, p.area_m2, p.rooms, p.yearly_rent_dkk)),
                       count(*) filter (where d.tenancy_id is null)
                  from (select * from rent.dwelling where cutoff = ?) d
                  full join pg_temp.rent_previous p
                    on (d.organisation_no, d.department_no, d.tenancy_id)
                     = (p.organisation_no, p.department_no, p.tenancy_id)
                """).param(cutoff).query((rs, n) -> new Comparison(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                rs.getInt(4))).single());
    }

    /**
     * Stores the cut-off's record and its derived figures, counted as the file was read ({@link RentBandCounts}): the
     * low-rent counts and the dwellings per band × housing type × postal code, replacing those stored before.
     */
    void storeDerived(LocalDate cutoff, UUID importId, String fileName, String user, OffsetDateTime at,
                      RentBandCounts counts) {
        jdbc.sql("delete from rent.band_count where cutoff = ?").param(cutoff).update();
        jdbc.sql("""
                insert into rent.cutoff (cutoff, import_id, file_name, imported_by, imported_at, dwellings,
                                         band_limits_dkk, threshold_dkk, low_family, low_youth, low_elderly)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (cutoff) do update set
                       import_id = excluded.import_id, file_name = excluded.file_name,
                       imported_by = excluded.imported_by, imported_at = excluded.imported_at,
                       dwellings = excluded.dwellings, band_limits_dkk = excluded.band_limits_dkk,
                       threshold_dkk = excluded.threshold_dkk, low_family = excluded.low_family,
                       low_youth = excluded.low_youth, low_elderly = excluded.low_elderly
                """).params(cutoff, importId, fileName, user, at, counts.dwellings(),
                counts.limits().toArray(Integer[]::new), counts.threshold(), counts.low(HousingType.FAMILY),
                counts.low(HousingType.YOUTH), counts.low(HousingType.ELDERLY)).update();
        BulkCopyRepository.Copy rows = bulk.into(BAND_COUNT, BAND_COUNT_COLUMNS);
        for (BandCount band : counts.bandCounts()) {
            rows.row(cutoff, band.postalCode(), band.housingType().name(), band.band(), band.bandFrom(), band.bandTo(),
                    band.dwellings());
        }
        rows.finish();
    }

    /**
     * Runs {@code query} with its joins hashed, not sorted. Rows just copied in have no statistics yet (and the
     * application may not analyze the table), so the planner takes a national file for a few hundred rows and sorts
     * them, on disk; hashing them is several times faster.
     */
    private <T> T hashed(java.util.function.Supplier<T> query) {
        jdbc.sql("set local enable_sort = off").update();
        try {
            return query.get();
        } finally {
            jdbc.sql("set local enable_sort = on").update();
        }
    }

    Optional<CutoffRecord> cutoff(LocalDate cutoff) {
        return jdbc.sql(CUTOFF + " where cutoff = ?").param(cutoff).query(RentRepository::cutoffRecord).optional();
    }

    Optional<CutoffRecord> latest() {
        return jdbc.sql(CUTOFF + " order by cutoff desc limit 1").query(RentRepository::cutoffRecord).optional();
    }

    /** Every stored cut-off, newest first. */
    List<LocalDate> cutoffs() {
        return jdbc.sql("select cutoff from rent.cutoff order by cutoff desc").query(LocalDate.class).list();
    }

    /** The cut-off's derived rows by postal code, housing type and band. */
    List<BandCount> bands(LocalDate cutoff) {
        return jdbc.sql("""
                select postal_code, housing_type, band, band_from, band_to, dwellings from rent.band_count
                 where cutoff = ? order by postal_code, array_position(array['FAMILY', 'YOUTH', 'ELDERLY'], housing_type), band
                """).param(cutoff).query((rs, n) -> new BandCount(rs.getInt(1), HousingType.valueOf(rs.getString(2)),
                rs.getInt(3), (Integer) rs.getObject(4), (Integer) rs.getObject(5), rs.getInt(6))).list();
    }

    private static final String CUTOFF = """
            select cutoff, import_id, file_name, imported_by, imported_at, dwellings, band_limits_dkk, threshold_dkk,
                   low_family, low_youth, low_elderly from rent.cutoff
            """;

    private static CutoffRecord cutoffRecord(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray(7);
        List<Integer> limits = new ArrayList<>();
        for (Object limit : (Object[]) array.getArray()) {
            limits.add(((Number) limit).intValue());
        }
        return new CutoffRecord(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getInt(6), List.copyOf(limits),
                rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11));
    }
}
