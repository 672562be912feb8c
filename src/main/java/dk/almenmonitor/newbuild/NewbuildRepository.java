package dk.almenmonitor.newbuild;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The project list, the import it came from and the derived tables (schema {@code newbuild}). */
@Repository
class NewbuildRepository {

    /** The first year of the agreement's count of commitments ("Skema A-tilsagn i perioden 2015-2016"). */
    static final int COUNT_FROM_YEAR = 2015;

    /** The import the list came from. */
    record Source(UUID importId, String fileName, String importedBy, OffsetDateTime importedAt) {
    }

    record Commitment(int year, HousingType housingType, int projects, int dwellings) {
    }

    record StageRow(Stage stage, HousingType housingType, int projects, int dwellings) {
    }

    record YearFigures(int year, int committedSince, int urbanFamily, int urbanFamilySmall, BigDecimal sharePct) {
    }

    /** Running totals of Skema A dwellings since 1 January 2015 at the end of a year, by type. */
    record RunningCommitment(int year, HousingType housingType, int dwellings) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    NewbuildRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Source> source() {
        return jdbc.sql("select import_id, file_name, imported_by, imported_at from newbuild.source")
                .query((rs, n) -> new Source(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))).optional();
    }

    void saveSource(Source s) {
        jdbc.sql("""
                insert into newbuild.source (singleton, import_id, file_name, imported_by, imported_at)
                values (true, ?, ?, ?, ?)
                on conflict (singleton) do update set import_id = excluded.import_id, file_name = excluded.file_name,
                    imported_by = excluded.imported_by, imported_at = excluded.imported_at
                """).params(s.importId(), s.fileName(), s.importedBy(), s.importedAt()).update();
    }

    List<Project> projects() {
        return jdbc.sql("""
                select project_id, organisation_no, name, postal_code, housing_type, dwellings, small_cheap,
                       urban_development, skema_a, skema_b, skema_c, file_row
                from newbuild.project order by project_id
                """).query(NewbuildRepository::project).list();
    }

    /** Replaces the whole list. */
    void replaceProjects(List<Project> projects) {
        jdbc.sql("delete from newbuild.project").update();
        template.batchUpdate("""
                insert into newbuild.project (project_id, organisation_no, name, postal_code, housing_type, dwellings,
                    small_cheap, urban_development, skema_a, skema_b, skema_c, file_row)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, projects, 500, (ps, p) -> {
            ps.setString(1, p.projectId());
            ps.setInt(2, p.organisationNo());
            ps.setString(3, p.name());
            ps.setInt(4, p.postalCode());
            ps.setString(5, p.housingType().name());
            ps.setInt(6, p.dwellings());
            ps.setInt(7, p.smallCheap());
            ps.setBoolean(8, p.urbanDevelopment());
            ps.setObject(9, p.skemaA());
            ps.setObject(10, p.skemaB());
            ps.setObject(11, p.skemaC());
            ps.setInt(12, p.row());
        });
    }

    /**
     * Recomputes the derived tables from the list: commitments per year of Skema A and housing type; for every year
     * from 2015 (or the earliest date) to the latest date in the list, the running totals since 1 January 2015 and
     * the pipeline at 31 December (the latest stage whose date is on or before it).
     */
    void derive() {
        jdbc.sql("delete from newbuild.commitment").update();
        jdbc.sql("delete from newbuild.stage").update();
        jdbc.sql("delete from newbuild.year_figures").update();
        jdbc.sql("""
                insert into newbuild.commitment (year, housing_type, projects, dwellings)
                select extract(year from skema_a)::integer, housing_type, count(*), sum(dwellings)
                from newbuild.project where skema_a is not null
                group by 1, 2
                """).update();
        jdbc.sql("""
                with bounds as (
                    select least(:from, min(extract(year from least(skema_a, skema_b, skema_c)))::integer) as lo,
                           greatest(:from, max(extract(year from greatest(skema_a, skema_b, skema_c)))::integer) as hi
                    from newbuild.project
                    having count(*) > 0
                ), years as (
                    select generate_series(lo, hi) as year from bounds
                ), counted as (
                    select y.year, p.*,
                           p.skema_a between make_date(:from, 1, 1) and make_date(y.year, 12, 31) as counted
                    from years y cross join newbuild.project p
                )
                insert into newbuild.year_figures (year, committed_since, urban_family, urban_family_small, share_pct)
                select year,
                       coalesce(sum(dwellings) filter (where counted), 0),
                       coalesce(sum(dwellings) filter (where counted and housing_type = 'FAMILY' and urban_development), 0),
                       coalesce(sum(small_cheap) filter (where counted and housing_type = 'FAMILY' and urban_development), 0),
                       round(100.0 * sum(small_cheap) filter (where counted and housing_type = 'FAMILY' and urban_development)
                             / nullif(sum(dwellings) filter (where counted and housing_type = 'FAMILY' and urban_development), 0), 1)
                from counted
                group by year
                """).param("from", COUNT_FROM_YEAR).update();
        jdbc.sql("""
                insert into newbuild.stage (year, stage, housing_type, projects, dwellings)
                select y.year,
                       case when p.skema_c <= make_date(y.year, 12, 31) then 'C'
                            when p.skema_b <= make_date(y.year, 12, 31) then 'B'
                            when p.skema_a <= make_date(y.year, 12, 31) then 'A'
                            else 'NONE' end,
                       p.housing_type, count(*), sum(p.dwellings)
                from newbuild.year_figures y cross join newbuild.project p
                group by 1, 2, 3
                """).update();
    }

    List<Integer> years() {
        return jdbc.sql("select year from newbuild.year_figures order by year").query(Integer.class).list();
    }

    Optional<YearFigures> yearFigures(int year) {
        return jdbc.sql("""
                select year, committed_since, urban_family, urban_family_small, share_pct
                from newbuild.year_figures where year = ?
                """).param(year).query(NewbuildRepository::figures).optional();
    }

    List<YearFigures> allYearFigures() {
        return jdbc.sql("""
                select year, committed_since, urban_family, urban_family_small, share_pct
                from newbuild.year_figures order by year
                """).query(NewbuildRepository::figures).list();
    }

    /** Commitments of the years up to and including {@code year}, by year and type. */
    List<Commitment> commitmentsUpTo(int year) {
        return jdbc.sql("""
                select year, housing_type, projects, dwellings from newbuild.commitment
                where year <= ? order by year, housing_type
                """).param(year).query((rs, n) -> new Commitment(rs.getInt(1),
                HousingType.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4))).list();
    }

    List<StageRow> stages(int year) {
        return jdbc.sql("""
                select stage, housing_type, projects, dwellings from newbuild.stage
                where year = ? order by stage, housing_type
                """).param(year).query((rs, n) -> new StageRow(Stage.valueOf(rs.getString(1)),
                HousingType.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4))).list();
    }

    /**
     * For every year from 2015 to the year of the latest Skema A, the Skema A dwellings from 1 January 2015 to
     * 31 December of that year, per housing type (zero where a type has none).
     */
    List<RunningCommitment> runningCommitments() {
        return jdbc.sql("""
                with years as (
                    select generate_series(:from, max(extract(year from skema_a))::integer) as year
                    from newbuild.project having max(skema_a) >= make_date(:from, 1, 1)
                ), types(housing_type) as (values ('FAMILY'), ('YOUTH'), ('ELDERLY'))
                select y.year, t.housing_type,
                       coalesce((select sum(p.dwellings) from newbuild.project p
                                 where p.housing_type = t.housing_type
                                   and p.skema_a between make_date(:from, 1, 1) and make_date(y.year, 12, 31)), 0)
                from years y cross join types t
                order by 1, 2
                """).param("from", COUNT_FROM_YEAR).query((rs, n) -> new RunningCommitment(rs.getInt(1),
                HousingType.valueOf(rs.getString(2)), rs.getInt(3))).list();
    }

    private static YearFigures figures(ResultSet rs, int n) throws SQLException {
        return new YearFigures(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5));
    }

    private static Project project(ResultSet rs, int n) throws SQLException {
        return new Project(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                HousingType.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getBoolean(8),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                rs.getInt(12));
    }
}
