package dk.almenmonitor.opcost;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The operating costs (schema {@code opcost}): the staging table an import streams into, the replacement of the
 * years a file holds, the figures derived from them (docs/domain.md §15) and the reads of the benchmark. Joins the
 * department spine ({@code housing.department}, {@code housing.organisation}) read-only for the bands and names.
 */
@Repository
class OperatingCostRepository {

    static final String STAGING = "pg_temp.opcost_staging";
    static final String[] STAGING_COLUMNS = {"row_no", "year", "organisation_no", "department_no", "administration",
            "maintenance", "cleaning", "utilities", "other", "area_m2"};

    private static final String CATEGORY_COLUMNS = "administration, maintenance, cleaning, utilities, other";
    private static final String SUM = "(c.administration + c.maintenance + c.cleaning + c.utilities + c.other)";
    private static final String YEARS = "(select distinct year from " + STAGING + ")";

    /** How the rows of the file compare with what was stored for its years. */
    record Counts(int created, int updated, int unchanged, int removed) {
    }

    /** A later row with the key of an earlier one. */
    record Duplicate(int row, int year, int organisationNo, int departmentNo, int firstRow) {
    }

    /** Which import last changed a year. */
    record Source(int year, UUID importId, String fileName, OffsetDateTime importedAt, int departments) {
    }

    /** Quartiles of one measure in one group. */
    record GroupRow(String sizeBand, String builtBand, CostMeasure measure, int departments, BigDecimal q1,
                    BigDecimal median, BigDecimal q3) {
    }

    record DepartmentRow(int organisationNo, int departmentNo, String name, String sizeBand, String builtBand,
                         BigDecimal areaM2, Map<CostMeasure, BigDecimal> perM2, BigDecimal groupMedianM2,
                         BigDecimal distanceM2, BigDecimal distancePct) {
    }

    record OrganisationRow(int organisationNo, String name, int departments, BigDecimal areaM2,
                           Map<CostMeasure, BigDecimal> perM2) {
    }

    private final JdbcClient jdbc;

    OperatingCostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The staging table of this transaction (dropped at its end), empty. */
    void createStaging() {
        jdbc.sql("drop table if exists " + STAGING).update();
        jdbc.sql("""
                create temp table opcost_staging (
                    row_no          integer        not null,
                    year            integer        not null,
                    organisation_no integer        not null,
                    department_no   integer        not null,
                    administration  numeric(16, 2) not null,
                    maintenance     numeric(16, 2) not null,
                    cleaning        numeric(16, 2) not null,
                    utilities       numeric(16, 2) not null,
                    other           numeric(16, 2) not null,
                    area_m2         numeric(12, 2) not null
                ) on commit drop""").update();
    }

    /** Rows whose year, organisation and department an earlier row already has, in file order. */
    List<Duplicate> duplicates(int limit) {
        return jdbc.sql("""
                select row_no, year, organisation_no, department_no, first_row
                  from (select row_no, year, organisation_no, department_no,
                               min(row_no) over (partition by year, organisation_no, department_no) as first_row
                          from %s) s
                 where row_no <> first_row
                 order by row_no
                 limit :limit""".formatted(STAGING))
                .param("limit", limit)
                .query((rs, n) -> new Duplicate(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    /** The years in the staging table. */
    List<Integer> stagedYears() {
        return jdbc.sql("select distinct year from " + STAGING + " order by year").query(Integer.class).list();
    }

    /** The staged rows against the stored ones of the same years. */
    Counts compare() {
        return jdbc.sql("""
                select count(*) filter (where c.year is null),
                       count(*) filter (where c.year is not null and (s.administration, s.maintenance, s.cleaning,
                           s.utilities, s.other, s.area_m2) is distinct from (c.administration, c.maintenance,
                           c.cleaning, c.utilities, c.other, c.area_m2)),
                       count(*) filter (where c.year is not null and (s.administration, s.maintenance, s.cleaning,
                           s.utilities, s.other, s.area_m2) is not distinct from (c.administration, c.maintenance,
                           c.cleaning, c.utilities, c.other, c.area_m2)),
                       (select count(*) from opcost.cost o
                         where o.year in %2$s
                           and not exists (select 1 from %1$s x where x.year = o.year
                                              and x.organisation_no = o.organisation_no
                                              and x.department_no = o.department_no))
                  from %1$s s
                  left join opcost.cost c on c.year = s.year and c.organisation_no = s.organisation_no
                                         and c.department_no = s.department_no""".formatted(STAGING, YEARS))
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    /**
     * Replaces the stored costs of each staged year whose rows differ from the file's (or that no import set yet) and
     * records the import as the year's source; the years the file repeats unchanged keep their earlier source.
     * Answers the years replaced.
     */
    List<Integer> replaceChangedYears(UUID importId, String fileName) {
        List<Integer> changed = jdbc.sql("""
                select s.year from %1$s s
                  left join opcost.cost c on c.year = s.year and c.organisation_no = s.organisation_no
                                         and c.department_no = s.department_no
                 where c.year is null
                    or (s.administration, s.maintenance, s.cleaning, s.utilities, s.other, s.area_m2)
                       is distinct from (c.administration, c.maintenance, c.cleaning, c.utilities, c.other, c.area_m2)
                union
                select o.year from opcost.cost o
                 where o.year in %2$s
                   and not exists (select 1 from %1$s x where x.year = o.year and x.organisation_no = o.organisation_no
                                      and x.department_no = o.department_no)
                union
                select y.year from %2$s y where not exists (select 1 from opcost.cost_year cy where cy.year = y.year)
                order by 1""".formatted(STAGING, YEARS)).query(Integer.class).list();
        if (changed.isEmpty()) {
            return changed;
        }
        jdbc.sql("delete from opcost.cost where year in (:years)").param("years", changed).update();
        jdbc.sql("""
                insert into opcost.cost (year, organisation_no, department_no, %2$s, area_m2)
                select year, organisation_no, department_no, %2$s, area_m2 from %1$s where year in (:years)"""
                .formatted(STAGING, CATEGORY_COLUMNS)).param("years", changed).update();
        jdbc.sql("""
                insert into opcost.cost_year (year, import_id, file_name, imported_at, departments)
                select year, :importId, :fileName, now(), count(*) from opcost.cost where year in (:years) group by year
                on conflict (year) do update set import_id = excluded.import_id, file_name = excluded.file_name,
                                                 imported_at = excluded.imported_at,
                                                 departments = excluded.departments""")
                .param("importId", importId).param("fileName", fileName).param("years", changed).update();
        return changed;
    }

    /**
     * Derives the figures of every staged year afresh (docs/domain.md §15): per department kr./m² to the øre with its
     * bands; per group and for the sector the quartiles of those figures (linear interpolation, as
     * {@code percentile_cont}); each department's distance to its group's median; per organisation the costs over
     * the area (area-weighted).
     */
    void derive() {
        for (String table : List.of("department_figure", "group_figure", "organisation_figure")) {
            jdbc.sql("delete from opcost." + table + " where year in " + YEARS).update();
        }
        jdbc.sql("""
                insert into opcost.department_figure (year, organisation_no, department_no, size_band, built_band,
                    area_m2, total_m2, administration_m2, maintenance_m2, cleaning_m2, utilities_m2, other_m2)
                select c.year, c.organisation_no, c.department_no, %s, %s, c.area_m2,
                       round(%s / c.area_m2, 2), round(c.administration / c.area_m2, 2),
                       round(c.maintenance / c.area_m2, 2), round(c.cleaning / c.area_m2, 2),
                       round(c.utilities / c.area_m2, 2), round(c.other / c.area_m2, 2)
                  from opcost.cost c
                  left join housing.department d on d.organisation_no = c.organisation_no
                                                and d.department_no = c.department_no
                 where c.year in %s""".formatted(bandCase("d.dwellings", ComparableBands.SIZE, true),
                bandCase("d.year_built", ComparableBands.BUILT, false), SUM, YEARS)).update();
        jdbc.sql("""
                insert into opcost.group_figure (year, size_band, built_band, category, departments, q1, median, q3)
                select f.year,
                       case when grouping(f.size_band) = 1 then '%1$s' else f.size_band end,
                       case when grouping(f.built_band) = 1 then '%1$s' else f.built_band end,
                       v.category, count(*),
                       round(percentile_cont(0.25) within group (order by v.value)::numeric, 2),
                       round(percentile_cont(0.5) within group (order by v.value)::numeric, 2),
                       round(percentile_cont(0.75) within group (order by v.value)::numeric, 2)
                  from opcost.department_figure f
                 cross join lateral (values ('total', f.total_m2::float8),
                                            ('administration', f.administration_m2::float8),
                                            ('maintenance', f.maintenance_m2::float8),
                                            ('cleaning', f.cleaning_m2::float8),
                                            ('utilities', f.utilities_m2::float8),
                                            ('other', f.other_m2::float8)) v(category, value)
                 where f.year in %2$s
                 group by grouping sets ((f.year, f.size_band, f.built_band, v.category), (f.year, v.category))"""
                .formatted(ComparableBands.ALL, YEARS)).update();
        jdbc.sql("""
                update opcost.department_figure f
                   set group_median_m2 = g.median,
                       distance_m2 = f.total_m2 - g.median,
                       distance_pct = round(100 * (f.total_m2 - g.median) / nullif(g.median, 0), 1)
                  from opcost.group_figure g
                 where g.year = f.year and g.size_band = f.size_band and g.built_band = f.built_band
                   and g.category = 'total' and f.year in %s""".formatted(YEARS)).update();
        jdbc.sql("""
                insert into opcost.organisation_figure (year, organisation_no, departments, area_m2, total_m2,
                    administration_m2, maintenance_m2, cleaning_m2, utilities_m2, other_m2)
                select c.year, c.organisation_no, count(*), sum(c.area_m2),
                       round(sum(%s) / sum(c.area_m2), 2), round(sum(c.administration) / sum(c.area_m2), 2),
                       round(sum(c.maintenance) / sum(c.area_m2), 2), round(sum(c.cleaning) / sum(c.area_m2), 2),
                       round(sum(c.utilities) / sum(c.area_m2), 2), round(sum(c.other) / sum(c.area_m2), 2)
                  from opcost.cost c
                 where c.year in %s
                 group by c.year, c.organisation_no""".formatted(SUM, YEARS)).update();
    }

    /** {@code case when <column> is null then 'unknown' when <column> < 50 then 'under-50' … end}. */
    private static String bandCase(String column, List<ComparableBands.Band> bands, boolean positive) {
        StringBuilder sql = new StringBuilder("case when ").append(column).append(" is null");
        if (positive) {
            sql.append(" or ").append(column).append(" <= 0");
        }
        sql.append(" then '").append(ComparableBands.UNKNOWN).append("'");
        for (int i = bands.size() - 1; i > 0; i--) {
            sql.append(" when ").append(column).append(" >= ").append(bands.get(i).from())
                    .append(" then '").append(bands.get(i).code()).append("'");
        }
        return sql.append(" else '").append(bands.get(0).code()).append("' end").toString();
    }

    /** The sector median of the total per year, for the indicator. */
    List<Map.Entry<Integer, BigDecimal>> sectorMedians(List<Integer> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select year, median from opcost.group_figure
                 where size_band = :all and built_band = :all and category = 'total' and year in (:years)
                 order by year""").param("all", ComparableBands.ALL).param("years", years)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getBigDecimal(2))).list();
    }

    List<Integer> years() {
        return jdbc.sql("select year from opcost.cost_year order by year").query(Integer.class).list();
    }

    Optional<Source> source(int year) {
        return jdbc.sql("""
                select year, import_id, file_name, imported_at, departments from opcost.cost_year where year = :year""")
                .param("year", year)
                .query((rs, n) -> new Source(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getInt(5))).optional();
    }

    List<GroupRow> groups(int year) {
        return jdbc.sql("""
                select size_band, built_band, category, departments, q1, median, q3
                  from opcost.group_figure where year = :year""").param("year", year)
                .query((rs, n) -> new GroupRow(rs.getString(1), rs.getString(2), measure(rs.getString(3)),
                        rs.getInt(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7))).list();
    }

    /** The departments of the year; of the given organisations only, unless {@code all}. */
    List<DepartmentRow> departments(int year, boolean all, Set<Integer> organisations) {
        if (!all && organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select f.organisation_no, f.department_no, d.name, f.size_band, f.built_band, f.area_m2,
                       f.total_m2, f.administration_m2, f.maintenance_m2, f.cleaning_m2, f.utilities_m2, f.other_m2,
                       f.group_median_m2, f.distance_m2, f.distance_pct
                  from opcost.department_figure f
                  left join housing.department d on d.organisation_no = f.organisation_no
                                                and d.department_no = f.department_no
                 where f.year = :year and (:all or f.organisation_no in (:organisations))
                 order by f.organisation_no, f.department_no""")
                .param("year", year).param("all", all).param("organisations", all ? List.of(-1) : organisations)
                .query((rs, n) -> new DepartmentRow(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), perM2(rs, 7), rs.getBigDecimal(13),
                        rs.getBigDecimal(14), rs.getBigDecimal(15))).list();
    }

    List<OrganisationRow> organisations(int year, boolean all, Set<Integer> organisations) {
        if (!all && organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select f.organisation_no, o.name, f.departments, f.area_m2, f.total_m2, f.administration_m2,
                       f.maintenance_m2, f.cleaning_m2, f.utilities_m2, f.other_m2
                  from opcost.organisation_figure f
                  left join housing.organisation o on o.organisation_no = f.organisation_no
                 where f.year = :year and (:all or f.organisation_no in (:organisations))
                 order by f.organisation_no""")
                .param("year", year).param("all", all).param("organisations", all ? List.of(-1) : organisations)
                .query((rs, n) -> new OrganisationRow(rs.getInt(1), rs.getString(2), rs.getInt(3),
                        rs.getBigDecimal(4), perM2(rs, 5))).list();
    }

    /** The six measures from {@code first} on, in {@link CostMeasure} order. */
    private static Map<CostMeasure, BigDecimal> perM2(ResultSet rs, int first) throws SQLException {
        Map<CostMeasure, BigDecimal> values = new EnumMap<>(CostMeasure.class);
        for (CostMeasure measure : CostMeasure.values()) {
            values.put(measure, rs.getBigDecimal(first + measure.ordinal()));
        }
        return values;
    }

    private static CostMeasure measure(String key) {
        for (CostMeasure measure : CostMeasure.values()) {
            if (measure.key().equals(key)) {
                return measure;
            }
        }
        throw new IllegalStateException("Unknown category " + key);
    }
}
