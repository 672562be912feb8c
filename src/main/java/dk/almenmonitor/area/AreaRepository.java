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

    private static Area area(ResultSet rs, int row) throws SQLException {
        return new Area(rs.getString("code"), rs.getString("name"), AreaKind.valueOf(rs.getString("kind")),
                rs.getInt("municipality"));
    }
}
