package dk.almenmonitor.indicator;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IndicatorRepository {

    private static final String SELECT = """
            select code, name, unit, decimals, direction, source, frequency, dimensions, cumulative
            from indicator.indicator
            """;

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IndicatorView> findAll() {
        return jdbc.sql(SELECT + " order by code").query(IndicatorRepository::map).list();
    }

    Optional<IndicatorView> find(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(IndicatorRepository::map).optional();
    }

    /** Inserts the indicator unless one with its code exists; true when inserted. */
    boolean insertIfAbsent(IndicatorView i) {
        return jdbc.sql("""
                insert into indicator.indicator (code, name, unit, decimals, direction, source, frequency, dimensions,
                                                 cumulative)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing
                """)
                .params(i.code(), i.name(), i.unit(), i.decimals(), i.direction().name(), i.source(), i.frequency(),
                        i.dimensions().toArray(String[]::new), i.cumulative())
                .update() == 1;
    }

    /** Changes everything but the code; false when there is no indicator with the code. */
    boolean update(IndicatorView i) {
        return jdbc.sql("""
                update indicator.indicator set name = ?, unit = ?, decimals = ?, direction = ?, source = ?, frequency = ?,
                                               dimensions = ?, cumulative = ?
                where code = ?
                """)
                .params(i.name(), i.unit(), i.decimals(), i.direction().name(), i.source(), i.frequency(),
                        i.dimensions().toArray(String[]::new), i.cumulative(), i.code())
                .update() == 1;
    }

    private static IndicatorView map(ResultSet rs, int row) throws SQLException {
        Array dims = rs.getArray("dimensions");
        List<String> dimensions = dims == null ? List.of() : Arrays.asList((String[]) dims.getArray());
        return new IndicatorView(rs.getString("code"), rs.getString("name"), rs.getString("unit"), rs.getInt("decimals"),
                Direction.valueOf(rs.getString("direction")), rs.getString("source"), rs.getString("frequency"),
                dimensions, rs.getBoolean("cumulative"));
    }
}
