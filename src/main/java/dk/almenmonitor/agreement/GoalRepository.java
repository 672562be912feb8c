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
                   g.version, g.retired_at is not null as retired, g.taken_over_from,
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
                       deadline_to = ?, display_order = ?, version = version + 1, updated_at = now()
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

    /** The goals taken over from this one into later agreements. */
    List<GoalView> findTakenOverFrom(long goalId) {
        return jdbc.sql(SELECT + " where g.taken_over_from = ? order by g.id").param(goalId)
                .query(GoalRepository::map).list();
    }

    /** Inserts an edited goal at {@code order} (the caller made room); version 1. */
    long insert(String agreementId, GoalFields f, int order, Long takenOverFrom) {
        return jdbc.sql("""
                insert into agreement.goal (agreement_id, kind, theme_number, title, content, deadline_text,
                                            deadline_from, deadline_to, display_order, concrete, related_goal_id,
                                            taken_over_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(agreementId, f.kind().name(), f.theme(), f.title(), f.content(), f.deadline().text(),
                        f.deadline().from(), f.deadline().to(), order, f.kind().concrete(), f.relatedGoalId(),
                        takenOverFrom)
                .query(Long.class).single();
    }

    /** Saves the fields if the goal is still at {@code version}; false when someone saved first. */
    boolean updateIfVersion(long id, int version, GoalFields f) {
        return jdbc.sql("""
                update agreement.goal set kind = ?, theme_number = ?, title = ?, content = ?, deadline_text = ?,
                       deadline_from = ?, deadline_to = ?, concrete = ?, related_goal_id = ?,
                       version = version + 1, updated_at = now()
                where id = ? and version = ? and retired_at is null
                """)
                .params(f.kind().name(), f.theme(), f.title(), f.content(), f.deadline().text(), f.deadline().from(),
                        f.deadline().to(), f.kind().concrete(), f.relatedGoalId(), id, version)
                .update() == 1;
    }

    boolean retireIfVersion(long id, int version, String by) {
        return jdbc.sql("""
                update agreement.goal set retired_at = now(), retired_by = ?, version = version + 1, updated_at = now()
                where id = ? and version = ? and retired_at is null
                """).params(by, id, version).update() == 1;
    }

    /** Locks the goal row for a write that reads it first (reorder, edit). */
    Optional<Integer> lockVersion(long id) {
        return jdbc.sql("select version from agreement.goal where id = ? for update").param(id)
                .query(Integer.class).optional();
    }

    /**
     * The display order a goal gets at the end of its theme: after the theme's last goal, or after the last goal of
     * a lower theme when the theme has none; every later goal moves one place down to make room.
     */
    int makeRoomAtEndOfTheme(String agreementId, int theme, Long except) {
        int order = jdbc.sql("""
                select coalesce(max(display_order), 0) + 1 from agreement.goal
                where agreement_id = ? and theme_number <= ? and id is distinct from ?
                  and (theme_number = ? or not exists (select 1 from agreement.goal t
                        where t.agreement_id = ? and t.theme_number = ? and t.id is distinct from ?))
                """).params(agreementId, theme, except, theme, agreementId, theme, except)
                .query(Integer.class).single();
        jdbc.sql("""
                update agreement.goal set display_order = display_order + 1
                where agreement_id = ? and display_order >= ? and id is distinct from ?
                """).params(agreementId, order, except).update();
        return order;
    }

    void setOrder(long id, int order) {
        jdbc.sql("update agreement.goal set display_order = ?, updated_at = now() where id = ?").params(order, id).update();
    }

    private static GoalView map(ResultSet rs, int row) throws SQLException {
        return new GoalView(rs.getLong("id"), rs.getString("agreement_id"), GoalKind.valueOf(rs.getString("kind")),
                rs.getInt("theme_number"), rs.getString("title"), rs.getString("content"),
                new WrittenPeriod(rs.getString("deadline_text"), rs.getObject("deadline_from", LocalDate.class),
                        rs.getObject("deadline_to", LocalDate.class)),
                List.of((String[]) rs.getArray("owners").getArray()), rs.getBoolean("concrete"),
                rs.getInt("display_order"), rs.getObject("related_goal_id", Long.class), rs.getInt("version"),
                rs.getBoolean("retired"), rs.getObject("taken_over_from", Long.class));
    }
}
