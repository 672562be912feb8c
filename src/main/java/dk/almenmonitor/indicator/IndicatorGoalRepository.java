package dk.almenmonitor.indicator;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The goals an indicator is linked to (the other direction of {@code TargetRepository.indicatorsOf}). */
@Repository
class IndicatorGoalRepository {

    private final JdbcClient jdbc;

    IndicatorGoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The goal ids linked to the indicator, those with a target on it first. */
    List<Long> goalsOf(String indicatorCode) {
        return jdbc.sql("""
                select gi.goal_id from indicator.goal_indicator gi
                left join indicator.target t on t.goal_id = gi.goal_id and t.indicator_code = gi.indicator_code
                where gi.indicator_code = ? order by (t.goal_id is null), gi.goal_id
                """).param(indicatorCode).query(Long.class).list();
    }
}
