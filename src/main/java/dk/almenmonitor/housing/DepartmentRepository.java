package dk.almenmonitor.housing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DepartmentRepository {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}(\\.[a-z_][a-z0-9_]{0,62})?");
    private static final String SELECT = """
            select d.organisation_no, d.department_no, o.name as organisation_name, d.name, d.postal_code,
                   d.year_built, d.dwellings, d.heated_area_m2
              from housing.department d join housing.organisation o using (organisation_no)
            """;

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int ensureFrom(String table, String organisationColumn, String departmentColumn) {
        for (String identifier : List.of(table, organisationColumn, departmentColumn)) {
            if (!IDENTIFIER.matcher(identifier).matches()) {
                throw new IllegalArgumentException("Not an identifier: " + identifier);
            }
        }
        jdbc.sql("insert into housing.organisation (organisation_no) select distinct " + organisationColumn + " from "
                + table + " where " + organisationColumn + " is not null on conflict do nothing").update();
        return jdbc.sql("insert into housing.department (organisation_no, department_no) select distinct "
                + organisationColumn + ", " + departmentColumn + " from " + table + " where " + organisationColumn
                + " is not null and " + departmentColumn + " is not null on conflict do nothing").update();
    }

    int ensureOrganisations(java.util.Collection<Integer> organisationNumbers) {
        Integer[] numbers = organisationNumbers.stream().filter(java.util.Objects::nonNull).distinct()
                .toArray(Integer[]::new);
        if (numbers.length == 0) {
            return 0;
        }
        return jdbc.sql("insert into housing.organisation (organisation_no) select unnest(?::int[]) on conflict do nothing")
                .param(numbers).update();
    }

    /** Stages the departments file: the rows of the temporary table {@code departments_staging}. */
    void createStaging() {
        jdbc.sql("""
                create temp table departments_staging (
                    file_row int, organisation_no int, organisation_name text, department_no int, name text,
                    postal_code int, year_built int, dwellings int, heated_area_m2 numeric(12, 1), account_code text
                ) on commit drop""").update();
    }

    /** The first rows of each key given twice: file row, earlier file row, key. */
    List<int[]> duplicates() {
        return jdbc.sql("""
                select file_row, first_row, organisation_no, department_no from (
                    select file_row, organisation_no, department_no,
                           min(file_row) over (partition by organisation_no, department_no) as first_row
                      from departments_staging) s
                 where file_row <> first_row order by file_row limit 100""")
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)}).list();
    }

    /** Organisations whose name is given twice differently in the file: file row, organisation no. */
    List<int[]> conflictingOrganisationNames() {
        return jdbc.sql("""
                select min(file_row), organisation_no from departments_staging
                 group by organisation_no having count(distinct organisation_name) > 1
                 order by 1 limit 100""").query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).list();
    }

    /** Upserts organisations and departments from the staging table: [created, updated, unchanged] departments. */
    int[] mergeStaging() {
        jdbc.sql("""
                insert into housing.organisation (organisation_no, name, account_code)
                select organisation_no, max(organisation_name), max(account_code) from departments_staging
                 group by organisation_no
                on conflict (organisation_no) do update
                   set name = coalesce(excluded.name, housing.organisation.name),
                       account_code = coalesce(excluded.account_code, housing.organisation.account_code)""").update();
        int unchanged = jdbc.sql("""
                select count(*) from departments_staging s join housing.department d using (organisation_no, department_no)
                 where d.registered and d.name is not distinct from s.name
                   and d.postal_code is not distinct from s.postal_code and d.year_built is not distinct from s.year_built
                   and d.dwellings is not distinct from s.dwellings
                   and d.heated_area_m2 is not distinct from s.heated_area_m2""").query(Integer.class).single();
        int existing = jdbc.sql("""
                select count(*) from departments_staging s join housing.department d using (organisation_no, department_no)
                """).query(Integer.class).single();
        int total = jdbc.sql("select count(*) from departments_staging").query(Integer.class).single();
        jdbc.sql("""
                insert into housing.department (organisation_no, department_no, name, postal_code, year_built, dwellings,
                                                heated_area_m2, registered)
                select organisation_no, department_no, name, postal_code, year_built, dwellings, heated_area_m2, true
                  from departments_staging
                on conflict (organisation_no, department_no) do update
                   set name = excluded.name, postal_code = excluded.postal_code, year_built = excluded.year_built,
                       dwellings = excluded.dwellings, heated_area_m2 = excluded.heated_area_m2, registered = true
                 where (housing.department.name, housing.department.postal_code, housing.department.year_built,
                        housing.department.dwellings, housing.department.heated_area_m2, housing.department.registered)
                       is distinct from (excluded.name, excluded.postal_code, excluded.year_built, excluded.dwellings,
                        excluded.heated_area_m2, true)""").update();
        return new int[] {total - existing, existing - unchanged, unchanged};
    }

    Set<Integer> organisationsWithAccountCodes(Set<String> codes) {
        return Set.copyOf(jdbc.sql("select organisation_no from housing.organisation where account_code = any(?)")
                .param(codes.toArray(String[]::new)).query(Integer.class).list());
    }

    Optional<Departments.Department> find(DepartmentKey key) {
        return jdbc.sql(SELECT + " where d.organisation_no = ? and d.department_no = ?")
                .params(key.organisationNo(), key.departmentNo()).query(DepartmentRepository::department).optional();
    }

    List<Departments.Department> all() {
        return jdbc.sql(SELECT + " order by d.organisation_no, d.department_no").query(DepartmentRepository::department)
                .list();
    }

    private static Departments.Department department(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Departments.Department(new DepartmentKey(rs.getInt("organisation_no"), rs.getInt("department_no")),
                rs.getString("organisation_name"), rs.getString("name"), (Integer) rs.getObject("postal_code"),
                (Integer) rs.getObject("year_built"), (Integer) rs.getObject("dwellings"),
                rs.getBigDecimal("heated_area_m2"));
    }
}
