package dk.almenmonitor.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoundRepository {

    private static final String SELECT = """
            select r.id, r.agreement_id, r.period, r.due_date, r.state,
                   (select count(*) from followup.status s where s.round_id = r.id) as statuses
            from followup.round r
            """;

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rounds of an agreement, oldest first (periods sort as text: 2016-Q4 < 2017-Q1). */
    List<RoundView> findByAgreement(String agreementId) {
        return jdbc.sql(SELECT + " where r.agreement_id = ? order by r.period").param(agreementId)
                .query(RoundRepository::map).list();
    }

    Optional<RoundView> find(String agreementId, String period) {
        return jdbc.sql(SELECT + " where r.agreement_id = ? and r.period = ?").params(agreementId, period)
                .query(RoundRepository::map).optional();
    }

    /** Creates the round if missing; returns its id either way. */
    long insertIfMissing(String agreementId, String period, LocalDate dueDate, RoundState state) {
        jdbc.sql("""
                insert into followup.round (agreement_id, period, due_date, state) values (?, ?, ?, ?)
                on conflict (agreement_id, period) do nothing
                """).params(agreementId, period, dueDate, state.name()).update();
        return jdbc.sql("select id from followup.round where agreement_id = ? and period = ?")
                .params(agreementId, period).query(Long.class).single();
    }

    private static RoundView map(ResultSet rs, int row) throws SQLException {
        return new RoundView(rs.getLong("id"), rs.getString("agreement_id"), rs.getString("period"),
                rs.getObject("due_date", LocalDate.class), RoundState.valueOf(rs.getString("state")),
                rs.getInt("statuses"));
    }
}
