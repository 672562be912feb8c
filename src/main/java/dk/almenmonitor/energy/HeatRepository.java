package dk.almenmonitor.energy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Heat use, degree days and the normalised figures derived from them (schema {@code energy}). The {@code load_id}
 * columns hold the id of the import the row came from ({@code ImportFile.importId()}).
 */
@Repository
class HeatRepository {

    static final String STAGING = "pg_temp.heat_staging";
    static final String[] STAGING_COLUMNS = {"file_row", "organisation_no", "department_no", "year", "mwh",
            "heated_area_m2"};

    record Duplicate(int organisationNo, int departmentNo, int year, int row, int firstRow) {
    }

    record Counts(int created, int updated, int unchanged, int removed) {
    }

    /** The sector in a year; the normalised figure is null for a year without degree days. */
    record Sector(int year, int departments, BigDecimal mwh, BigDecimal heatedAreaM2, BigDecimal kwhPerM2,
                  BigDecimal degreeDays, BigDecimal hotWaterShare, BigDecimal kwhPerM2Normalised, BigDecimal q1,
                  BigDecimal median, BigDecimal q3, BigDecimal worstTenthFrom, int worstTenthCount) {
    }

    record Department(int organisationNo, int departmentNo, String name, BigDecimal mwh, BigDecimal heatedAreaM2,
                      BigDecimal kwhPerM2, BigDecimal kwhPerM2Normalised, int quartile, boolean worstTenth) {
    }

    /** Which load a year's figures came from, and when. */
    record YearLoad(int year, UUID importId, OffsetDateTime loadedAt) {
    }

    record DegreeDays(int year, BigDecimal degreeDays, UUID importId) {
    }

    private final JdbcClient jdbc;

    HeatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void createStaging() {
        jdbc.sql("""
                create temp table heat_staging (
                    file_row integer not null, organisation_no integer not null, department_no integer not null,
                    year integer not null, mwh numeric(14, 3) not null, heated_area_m2 numeric(12, 2) not null
                ) on commit drop
                """).update();
    }

    List<Duplicate> duplicates(int limit) {
        return jdbc.sql("""
                select organisation_no, department_no, year, file_row, first_row from (
                    select organisation_no, department_no, year, file_row,
                           min(file_row) over (partition by organisation_no, department_no, year) as first_row
                    from pg_temp.heat_staging) s
                where file_row > first_row order by file_row limit ?
                """).param(limit).query((rs, n) -> new Duplicate(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5))).list();
    }

    List<Integer> stagedYears() {
        return jdbc.sql("select distinct year from pg_temp.heat_staging order by year").query(Integer.class).list();
    }

    /** What replacing the staged years will do, against the stored rows of those years. */
    Counts counts() {
        return jdbc.sql("""
                select count(*) filter (where h.year is null),
                       count(*) filter (where h.year is not null
                                        and (h.mwh, h.heated_area_m2) is distinct from (s.mwh, s.heated_area_m2)),
                       count(*) filter (where h.year is not null
                                        and (h.mwh, h.heated_area_m2) is not distinct from (s.mwh, s.heated_area_m2)),
                       (select count(*) from energy.heat o
                        where o.year in (select year from pg_temp.heat_staging)
                          and not exists (select 1 from pg_temp.heat_staging x where x.year = o.year
                                          and x.organisation_no = o.organisation_no
                                          and x.department_no = o.department_no))
                from pg_temp.heat_staging s
                left join energy.heat h on h.year = s.year and h.organisation_no = s.organisation_no
                                       and h.department_no = s.department_no
                """).query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    /**
     * Replaces the stored heat of the staged years with the staged rows. A row that is unchanged keeps its load, so a
     * file imported again changes nothing; the year's load is moved only when the year changed.
     */
    void replaceStagedYears(UUID importId, Counts counts) {
        if (counts.created() + counts.updated() + counts.removed() == 0) {
            return;
        }
        jdbc.sql("""
                insert into energy.heat_year_load (year, load_id)
                select distinct year, ? from pg_temp.heat_staging s
                where exists (select 1 from pg_temp.heat_staging x
                              left join energy.heat h on h.year = x.year and h.organisation_no = x.organisation_no
                                                     and h.department_no = x.department_no
                              where x.year = s.year
                                and (h.year is null or (h.mwh, h.heated_area_m2) is distinct from (x.mwh, x.heated_area_m2)))
                   or exists (select 1 from energy.heat o where o.year = s.year
                              and not exists (select 1 from pg_temp.heat_staging x where x.year = o.year
                                              and x.organisation_no = o.organisation_no
                                              and x.department_no = o.department_no))
                on conflict (year) do update set load_id = excluded.load_id, loaded_at = now()
                """).param(importId).update();
        jdbc.sql("""
                delete from energy.heat o where o.year in (select year from pg_temp.heat_staging)
                  and not exists (select 1 from pg_temp.heat_staging x where x.year = o.year
                                  and x.organisation_no = o.organisation_no and x.department_no = o.department_no)
                """).update();
        jdbc.sql("""
                insert into energy.heat (organisation_no, department_no, year, mwh, heated_area_m2, load_id)
                select organisation_no, department_no, year, mwh, heated_area_m2, ? from pg_temp.heat_staging
                on conflict (year, organisation_no, department_no) do update
                set mwh = excluded.mwh, heated_area_m2 = excluded.heated_area_m2, load_id = excluded.load_id
                where (energy.heat.mwh, energy.heat.heated_area_m2)
                      is distinct from (excluded.mwh, excluded.heated_area_m2)
                """).param(importId).update();
    }

    List<Integer> heatYears() {
        return jdbc.sql("select distinct year from energy.heat order by year").query(Integer.class).list();
    }

    Optional<BigDecimal> degreeDays(int year) {
        return jdbc.sql("select degree_days from energy.degree_days where year = ?").param(year)
                .query(BigDecimal.class).optional();
    }

    List<DegreeDays> allDegreeDays() {
        return jdbc.sql("select year, degree_days, load_id from energy.degree_days order by year")
                .query((rs, n) -> new DegreeDays(rs.getInt(1), rs.getBigDecimal(2), rs.getObject(3, UUID.class)))
                .list();
    }

    /** Stores a year's degree days; 1 when created, 2 when changed, 0 when unchanged. */
    int upsertDegreeDays(int year, BigDecimal degreeDays, UUID importId) {
        Optional<BigDecimal> current = degreeDays(year);
        if (current.isPresent() && current.get().compareTo(degreeDays) == 0) {
            return 0;
        }
        jdbc.sql("""
                insert into energy.degree_days (year, degree_days, load_id) values (?, ?, ?)
                on conflict (year) do update set degree_days = excluded.degree_days, load_id = excluded.load_id
                """).params(year, degreeDays, importId).update();
        return current.isPresent() ? 2 : 1;
    }

    /**
     * Recomputes a year's department and sector figures: kWh/m² (1 decimal), normalised with {@code factor} (null:
     * none), the quartile of each department by its normalised figure (the actual one without degree days) against
     * the year's quartiles, and the worst tenth (the ⌈n/10⌉ highest, ties by department key).
     */
    void derive(int year, BigDecimal degreeDays, BigDecimal hotWaterShare, BigDecimal factor) {
        jdbc.sql("delete from energy.heat_department where year = ?").param(year).update();
        jdbc.sql("delete from energy.heat_sector where year = ?").param(year).update();
        jdbc.sql("""
                insert into energy.heat_department (organisation_no, department_no, year, mwh, heated_area_m2,
                                                    kwh_per_m2, kwh_per_m2_normalised, quartile, worst_tenth)
                with d as (
                    select organisation_no, department_no, mwh, heated_area_m2,
                           round(mwh * 1000 / heated_area_m2, 1) as actual,
                           round(mwh * 1000 * cast(? as numeric) / heated_area_m2, 1) as normalised
                    from energy.heat where year = ?),
                b as (select d.*, coalesce(normalised, actual) as value from d),
                q as (select percentile_cont(0.25) within group (order by value) as q1,
                             percentile_cont(0.5) within group (order by value) as q2,
                             percentile_cont(0.75) within group (order by value) as q3, count(*) as n from b)
                select organisation_no, department_no, ?, mwh, heated_area_m2, actual, normalised,
                       case when value <= q1 then 1 when value <= q2 then 2 when value <= q3 then 3 else 4 end,
                       row_number() over (order by value desc, organisation_no, department_no) <= ceil(n / 10.0)
                from b, q
                """).params(factor, year, year).update();
        jdbc.sql("""
                insert into energy.heat_sector (year, departments, mwh, heated_area_m2, kwh_per_m2, degree_days,
                                                hot_water_share, kwh_per_m2_normalised, q1, median, q3,
                                                worst_tenth_from, worst_tenth_count)
                select ?, count(*), sum(mwh), sum(heated_area_m2), round(sum(mwh) * 1000 / sum(heated_area_m2), 1),
                       cast(? as numeric), ?, round(sum(mwh) * 1000 * cast(? as numeric) / sum(heated_area_m2), 1),
                       round(cast(percentile_cont(0.25) within group (order by coalesce(kwh_per_m2_normalised,
                             kwh_per_m2)) as numeric), 1),
                       round(cast(percentile_cont(0.5) within group (order by coalesce(kwh_per_m2_normalised,
                             kwh_per_m2)) as numeric), 1),
                       round(cast(percentile_cont(0.75) within group (order by coalesce(kwh_per_m2_normalised,
                             kwh_per_m2)) as numeric), 1),
                       min(coalesce(kwh_per_m2_normalised, kwh_per_m2)) filter (where worst_tenth),
                       count(*) filter (where worst_tenth)
                from energy.heat_department where year = ?
                having count(*) > 0
                """).params(year, degreeDays, hotWaterShare, factor, year).update();
    }

    private static final String SECTOR = """
            select year, departments, mwh, heated_area_m2, kwh_per_m2, degree_days, hot_water_share,
                   kwh_per_m2_normalised, q1, median, q3, worst_tenth_from, worst_tenth_count from energy.heat_sector
            """;

    List<Sector> sectors() {
        return jdbc.sql(SECTOR + " order by year").query(HeatRepository::sector).list();
    }

    Optional<Sector> sector(int year) {
        return jdbc.sql(SECTOR + " where year = ?").param(year).query(HeatRepository::sector).optional();
    }

    Optional<YearLoad> yearLoad(int year) {
        return jdbc.sql("select year, load_id, loaded_at from energy.heat_year_load where year = ?").param(year)
                .query((rs, n) -> new YearLoad(rs.getInt(1), rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class))).optional();
    }

    /** The year's departments, by organisation and department number. */
    List<Department> departments(int year) {
        return jdbc.sql("""
                select d.organisation_no, d.department_no, h.name, d.mwh, d.heated_area_m2, d.kwh_per_m2,
                       d.kwh_per_m2_normalised, d.quartile, d.worst_tenth
                from energy.heat_department d
                left join housing.department h on h.organisation_no = d.organisation_no
                                              and h.department_no = d.department_no
                where d.year = ? order by d.organisation_no, d.department_no
                """).param(year).query((rs, n) -> new Department(rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getInt(8), rs.getBoolean(9))).list();
    }

    private static Sector sector(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Sector(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getInt(13));
    }
}
