package dk.almenmonitor.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.almenmonitor.shared.Precision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ObservationRepository {

    private static final String SELECT = """
            select id, indicator_code, period, period_from, period_to, precision, dimension, value, source_note,
                   imported_by, imported_at, version
            from indicator.observation
            """;

    private final JdbcClient jdbc;

    ObservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every observation of the indicator, by period end, then dimension. */
    List<ObservationRecord> findByIndicator(String code) {
        return jdbc.sql(SELECT + " where indicator_code = ? order by period_to, period_from desc, dimension")
                .param(code).query(ObservationRepository::map).list();
    }

    Optional<ObservationRecord> find(String code, String period, String dimension) {
        return jdbc.sql(SELECT + " where indicator_code = ? and period = ? and dimension = ?")
                .params(code, period, dimension).query(ObservationRepository::map).optional();
    }

    /** Inserts a new observation; false when one exists for the same indicator, period and dimension. */
    boolean insertIfAbsent(String code, ObservationPeriod p, String dimension, java.math.BigDecimal value,
                           String sourceNote, String user, OffsetDateTime at) {
        return jdbc.sql("""
                insert into indicator.observation (indicator_code, period, period_from, period_to, precision, dimension,
                                                   value, source_note, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (indicator_code, period, dimension) do nothing
                """)
                .params(code, p.key(), p.from(), p.to(), p.precision().name(), dimension, value, sourceNote, user, at)
                .update() == 1;
    }

    /** Keeps the current value in the revision history and stores the new one. */
    void revise(ObservationRecord current, java.math.BigDecimal value, String sourceNote, String user, OffsetDateTime at) {
        jdbc.sql("""
                insert into indicator.observation_revision (observation_id, version, value, source_note, imported_by,
                                                            imported_at, replaced_by, replaced_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(current.id(), current.version(), current.value(), current.sourceNote(), current.importedBy(),
                        current.importedAt(), user, at)
                .update();
        jdbc.sql("""
                update indicator.observation set value = ?, source_note = ?, imported_by = ?, imported_at = ?,
                       version = version + 1
                where id = ?
                """).params(value, sourceNote, user, at, current.id()).update();
    }

    /** The earlier values of the indicator's observations, by observation id, oldest first. */
    Map<Long, List<ObservationView.Revision>> revisions(String code) {
        return jdbc.sql("""
                select r.observation_id, r.version, r.value, r.source_note, r.imported_by, r.imported_at,
                       r.replaced_by, r.replaced_at
                from indicator.observation_revision r join indicator.observation o on o.id = r.observation_id
                where o.indicator_code = ? order by r.observation_id, r.version
                """).param(code).query((rs, row) -> Map.entry(rs.getLong("observation_id"),
                        new ObservationView.Revision(rs.getInt("version"), rs.getBigDecimal("value"),
                                rs.getString("source_note"), rs.getString("imported_by"),
                                rs.getObject("imported_at", OffsetDateTime.class), rs.getString("replaced_by"),
                                rs.getObject("replaced_at", OffsetDateTime.class))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static ObservationRecord map(ResultSet rs, int row) throws SQLException {
        ObservationPeriod period = new ObservationPeriod(rs.getString("period"),
                rs.getObject("period_from", java.time.LocalDate.class), rs.getObject("period_to", java.time.LocalDate.class),
                Precision.valueOf(rs.getString("precision")));
        return new ObservationRecord(rs.getLong("id"), rs.getString("indicator_code"), period, rs.getString("dimension"),
                rs.getBigDecimal("value"), rs.getString("source_note"), rs.getString("imported_by"),
                rs.getObject("imported_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
