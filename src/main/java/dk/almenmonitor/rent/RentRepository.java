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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rent schema: a file's rows are staged in a temporary table of the import's transaction ({@link #STAGING},
 * loaded with COPY), checked there, then replace the cut-off's dwellings and derived rows in set-based SQL.
 */
@Repository
class RentRepository {

    static final String STAGING = "pg_temp.rent_staging";
    static final String[] STAGING_COLUMNS = {"row_no", "cutoff", "organisation_no", "department_no", "tenancy_id",
            "housing_type", "postal_code", "area_m2", "rooms", "yearly_rent_dkk"};

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

    RentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The staging table, dropped when the import's transaction ends (committed or not). */
    void createStaging() {
        // Hash the key checks and the grouping of a national file in memory rather than spilling (this transaction).
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("""
                create temp table rent_staging (
                    row_no integer not null, cutoff date not null, organisation_no integer not null,
                    department_no integer not null, tenancy_id text not null, housing_type text not null,
                    postal_code integer not null, area_m2 numeric(9, 2), rooms integer,
                    yearly_rent_dkk numeric(12, 2) not null
                ) on commit drop
                """).update();
    }

    /** Keys the file holds more than once, by the repeating row, at most {@code limit}. */
    List<Duplicate> duplicates(int limit) {
        return jdbc.sql("""
                select organisation_no, department_no, tenancy_id, row_no, first_row from (
                    select organisation_no, department_no, tenancy_id, row_no,
                           min(row_no) over (partition by organisation_no, department_no, tenancy_id) first_row
                      from pg_temp.rent_staging
                     where (organisation_no, department_no, tenancy_id) in (
                           select organisation_no, department_no, tenancy_id from pg_temp.rent_staging
                            group by 1, 2, 3 having count(*) > 1)
                ) d where row_no > first_row order by row_no limit ?
                """).param(limit).query((rs, n) -> new Duplicate(rs.getInt(1), rs.getInt(2), rs.getString(3),
                rs.getInt(4), rs.getInt(5))).list();
    }

    /** The staged rows against the cut-off's stored dwellings, by key. */
    Comparison compare(LocalDate cutoff) {
        int stored = jdbc.sql("select count(*) from rent.dwelling where cutoff = ?").param(cutoff)
                .query(Integer.class).single();
        if (stored == 0) {
            int staged = jdbc.sql("select count(*) from pg_temp.rent_staging").query(Integer.class).single();
            return new Comparison(staged, 0, 0, 0);
        }
        return jdbc.sql("""
                select count(*) filter (where d.tenancy_id is null),
                       count(*) filter (where s.row_no is not null and d.tenancy_id is not null
                                          and (s.housing_type, s.postal_code, s.area_m2, s.rooms, s.yearly_rent_dkk)
                                              is distinct from
                                              (d.housing_type, d.postal_code, d.area_m2, d.rooms, d.yearly_rent_dkk)),
                       count(*) filter (where s.row_no is not null and d.tenancy_id is not null
                                          and (s.housing_type, s.postal_code, s.area_m2, s.rooms, s.yearly_rent_dkk)
                                              is not distinct from
                                              (d.housing_type, d.postal_code, d.area_m2, d.rooms, d.yearly_rent_dkk)),
                       count(*) filter (where s.row_no is null)
                  from pg_temp.rent_staging s
                  full join (select * from rent.dwelling where cutoff = ?) d
                    on (s.organisation_no, s.department_no, s.tenancy_id)
                     = (d.organisation_no, d.department_no, d.tenancy_id)
                """).param(cutoff).query((rs, n) -> new Comparison(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                rs.getInt(4))).single();
    }

    /** The cut-off's dwellings become the staged ones. */
    void replaceDwellings(LocalDate cutoff) {
        jdbc.sql("delete from rent.dwelling where cutoff = ?").param(cutoff).update();
        jdbc.sql("""
                insert into rent.dwelling (cutoff, organisation_no, department_no, tenancy_id, housing_type, postal_code,
                                           area_m2, rooms, yearly_rent_dkk)
                select cutoff, organisation_no, department_no, tenancy_id, housing_type, postal_code, area_m2, rooms,
                       yearly_rent_dkk
                  from pg_temp.rent_staging
                """).update();
    }

    /**
     * Stores the cut-off's record and derives its figures from the staged rows: the low-rent counts (monthly rent
     * under the threshold) and the dwellings per band × housing type × postal code. A rent of exactly a limit belongs
     * to the band above it; monthly rent = yearly / 12, compared as yearly against 12 × the limit.
     */
    void derive(LocalDate cutoff, UUID importId, String fileName, String user, OffsetDateTime at, List<Integer> limits,
                int threshold) {
        jdbc.sql("delete from rent.band_count where cutoff = ?").param(cutoff).update();
        Integer[] bounds = limits.toArray(Integer[]::new);
        jdbc.sql("""
                insert into rent.cutoff (cutoff, import_id, file_name, imported_by, imported_at, dwellings,
                                         band_limits_dkk, threshold_dkk, low_family, low_youth, low_elderly)
                select ?, ?, ?, ?, ?, count(*), ?, ?,
                       count(*) filter (where housing_type = 'FAMILY' and yearly_rent_dkk < 12 * ?),
                       count(*) filter (where housing_type = 'YOUTH' and yearly_rent_dkk < 12 * ?),
                       count(*) filter (where housing_type = 'ELDERLY' and yearly_rent_dkk < 12 * ?)
                  from pg_temp.rent_staging
                on conflict (cutoff) do update set
                       import_id = excluded.import_id, file_name = excluded.file_name,
                       imported_by = excluded.imported_by, imported_at = excluded.imported_at,
                       dwellings = excluded.dwellings, band_limits_dkk = excluded.band_limits_dkk,
                       threshold_dkk = excluded.threshold_dkk, low_family = excluded.low_family,
                       low_youth = excluded.low_youth, low_elderly = excluded.low_elderly
                """).params(cutoff, importId, fileName, user, at, bounds, threshold, threshold, threshold, threshold)
                .update();
        jdbc.sql("""
                insert into rent.band_count (cutoff, postal_code, housing_type, band, band_from, band_to, dwellings)
                select ?, postal_code, housing_type, band, (?::integer[])[band], (?::integer[])[band + 1], count(*)
                  from (select postal_code, housing_type,
                               width_bucket(yearly_rent_dkk, ?::numeric[]) band
                          from pg_temp.rent_staging) s
                 group by postal_code, housing_type, band
                """).params(cutoff, bounds, bounds, limits.stream().map(l -> 12 * l).toArray(Integer[]::new)).update();
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
