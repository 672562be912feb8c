package dk.almenmonitor.area;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The area register and the departments of each area (schema {@code area}). */
@Repository
class AreaRepository {

    private final JdbcClient jdbc;

    AreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Area> find(String code) {
        return jdbc.sql("select code, name, kind, municipality from area.area where code = ?")
                .param(code).query(AreaRepository::area).optional();
    }

    List<Area> all() {
        return jdbc.sql("select code, name, kind, municipality from area.area order by name, code")
                .query(AreaRepository::area).list();
    }

    List<Area> ofKind(AreaKind kind) {
        return jdbc.sql("select code, name, kind, municipality from area.area where kind = ? order by name, code")
                .param(kind.name()).query(AreaRepository::area).list();
    }

    /** Inserts the area, or updates its name and municipality; the kind of a stored area never changes. */
    void upsert(Area area) {
        jdbc.sql("""
                insert into area.area (code, name, kind, municipality) values (?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, municipality = excluded.municipality
                """).params(area.code(), area.name(), area.kind().name(), area.municipality()).update();
    }

    /** The departments of the area, by organisation and department number. */
    List<AreaDataset.Department> departments(String code) {
        return jdbc.sql("select organisation_no, department_no from area.area_department where area_code = ? "
                        + "order by organisation_no, department_no").param(code)
                .query((rs, n) -> new AreaDataset.Department(rs.getInt(1), rs.getInt(2))).list();
    }

    void replaceDepartments(String code, List<AreaDataset.Department> departments) {
        jdbc.sql("delete from area.area_department where area_code = ?").param(code).update();
        for (AreaDataset.Department d : departments) {
            jdbc.sql("insert into area.area_department (area_code, organisation_no, department_no) values (?, ?, ?)")
                    .params(code, d.organisation(), d.department()).update();
        }
    }

    private static Area area(ResultSet rs, int row) throws SQLException {
        return new Area(rs.getString("code"), rs.getString("name"), AreaKind.valueOf(rs.getString("kind")),
                rs.getInt("municipality"));
    }
}
