package dk.almenmonitor.citylevel;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The criterion values per area (or the city) and year, and the area goals (schema {@code citylevel}). */
@Repository
class CityLevelRepository {

    /** A stored value and the import it came from. */
    record StoredValue(String areaCode, int year, String indicator, BigDecimal value, UUID importId) {
    }

    private final JdbcClient jdbc;

    CityLevelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BigDecimal> value(String areaCode, String indicator, int year) {
        return jdbc.sql("select value from citylevel.value where area_code = ? and indicator = ? and year = ?")
                .params(areaCode, indicator, year).query(BigDecimal.class).optional();
    }

    /** Inserts or replaces the value; the import is recorded with it. */
    void save(AreaIndicatorDataset.Row row, UUID importId, String fileName, String user, OffsetDateTime at) {
        jdbc.sql("""
                insert into citylevel.value (area_code, year, indicator, value, import_id, file_name, imported_by,
                                             imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (area_code, indicator, year) do update set value = excluded.value,
                    import_id = excluded.import_id, file_name = excluded.file_name,
                    imported_by = excluded.imported_by, imported_at = excluded.imported_at
                """).params(row.areaCode(), row.year(), row.criterion().code(), row.value(), importId, fileName, user,
                at).update();
    }

    /** The values of these areas (the city's code included when asked), by area, indicator and year. */
    List<StoredValue> values(List<String> areaCodes) {
        if (areaCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select area_code, year, indicator, value, import_id from citylevel.value
                where area_code = any (?) order by area_code, indicator, year
                """).param(areaCodes.toArray(String[]::new)).query(CityLevelRepository::stored).list();
    }

    List<AreaGoal> goals(String areaCode) {
        return jdbc.sql("""
                select area_code, indicator, kind, target_value, due_year, note, set_by, set_at from citylevel.goal
                where area_code = ? order by indicator
                """).param(areaCode).query(CityLevelRepository::goal).list();
    }

    /** Inserts or replaces the goal of the area and criterion. */
    void saveGoal(AreaGoal goal) {
        jdbc.sql("""
                insert into citylevel.goal (area_code, indicator, kind, target_value, due_year, note, set_by, set_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (area_code, indicator) do update set kind = excluded.kind,
                    target_value = excluded.target_value, due_year = excluded.due_year, note = excluded.note,
                    set_by = excluded.set_by, set_at = excluded.set_at
                """).params(goal.areaCode(), goal.indicator(), goal.kind().name(), goal.targetValue(), goal.dueYear(),
                goal.note(), goal.setBy(), goal.setAt()).update();
    }

    private static StoredValue stored(ResultSet rs, int n) throws SQLException {
        return new StoredValue(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4).stripTrailingZeros(),
                rs.getObject(5, UUID.class));
    }

    private static AreaGoal goal(ResultSet rs, int n) throws SQLException {
        BigDecimal target = rs.getBigDecimal(4);
        return new AreaGoal(rs.getString(1), rs.getString(2), GoalKind.valueOf(rs.getString(3)),
                target == null ? null : target.stripTrailingZeros(), rs.getInt(5), rs.getString(6), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class));
    }
}
