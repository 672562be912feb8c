package dk.almenmonitor.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.shared.WrittenPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GoalRepository {

    private static final String SELECT = """
            select g.id, g.agreement_id, g.kind, g.theme_number, g.title, g.content, g.deadline_text,
                   g.deadline_from, g.deadline_to, g.display_order, g.concrete, g.related_goal_id,
                   coalesce((select array_agg(o.organisation_code order by o.position)
                             from agreement.goal_owner o where o.goal_id = g.id), '{}') as owners
            from agreement.goal g
            """;

    private final JdbcClient jdbc;

    GoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GoalView> findByAgreement(String agreementId) {
        return jdbc.sql(SELECT + " where g.agreement_id = ? order by g.display_order, g.id")
                .param(agreementId).query(GoalRepository::map).list();
    }

    Optional<GoalView> findById(long id) {
        return jdbc.sql(SELECT + " where g.id = ?").param(id).query(GoalRepository::map).optional();
    }

    Optional<GoalView> findByKindAndTitle(String agreementId, GoalKind kind, String title) {
        return jdbc.sql(SELECT + " where g.agreement_id = ? and g.kind = ? and md5(g.title) = md5(?) and g.title = ?")
                .params(agreementId, kind.name(), title, title).query(GoalRepository::map).optional();
    }

    long insert(String agreementId, GoalDraft draft) {
        return jdbc.sql("""
                insert into agreement.goal (agreement_id, kind, theme_number, title, content, deadline_text,
                                            deadline_from, deadline_to, display_order, concrete)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(agreementId, draft.kind().name(), draft.theme(), draft.title(), draft.content(),
                        draft.deadline().text(), draft.deadline().from(), draft.deadline().to(), draft.order(),
                        draft.kind().concrete())
                .query(Long.class).single();
    }

    void update(long id, GoalDraft draft) {
        jdbc.sql("""
                update agreement.goal set theme_number = ?, content = ?, deadline_text = ?, deadline_from = ?,
                       deadline_to = ?, display_order = ?, updated_at = now()
                where id = ?
                """)
                .params(draft.theme(), draft.content(), draft.deadline().text(), draft.deadline().from(),
                        draft.deadline().to(), draft.order(), id)
                .update();
    }

    void replaceOwners(long goalId, List<String> codes) {
        jdbc.sql("delete from agreement.goal_owner where goal_id = ?").param(goalId).update();
        for (int i = 0; i < codes.size(); i++) {
            jdbc.sql("insert into agreement.goal_owner (goal_id, organisation_code, position) values (?, ?, ?)")
                    .params(goalId, codes.get(i), i + 1).update();
        }
    }

    void setRelated(long goalId, Long relatedGoalId) {
        jdbc.sql("update agreement.goal set related_goal_id = ?, updated_at = now() where id = ? "
                        + "and related_goal_id is distinct from ?")
                .params(relatedGoalId, goalId, relatedGoalId).update();
    }

    private static GoalView map(ResultSet rs, int row) throws SQLException {
        return new GoalView(rs.getLong("id"), rs.getString("agreement_id"), GoalKind.valueOf(rs.getString("kind")),
                rs.getInt("theme_number"), rs.getString("title"), rs.getString("content"),
                new WrittenPeriod(rs.getString("deadline_text"), rs.getObject("deadline_from", LocalDate.class),
                        rs.getObject("deadline_to", LocalDate.class)),
                List.of((String[]) rs.getArray("owners").getArray()), rs.getBoolean("concrete"),
                rs.getInt("display_order"), rs.getObject("related_goal_id", Long.class));
    }
}
