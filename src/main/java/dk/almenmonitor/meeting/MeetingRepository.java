package dk.almenmonitor.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.decision.Forum;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

    record Row(long id, String agreementId, Forum forum, LocalDate date, String period, String createdBy,
               OffsetDateTime createdAt) {
    }

    private static final String SELECT = """
            select id, agreement_id, forum, meeting_date, period, created_by, created_at from meeting.meeting
            """;

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String agreementId, Forum forum, LocalDate date, String period, String createdBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting.meeting (agreement_id, forum, meeting_date, period, created_by)
                values (?, ?, ?, ?, ?)
                """).params(agreementId, forum.name(), date, period, createdBy).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(MeetingRepository::map).optional();
    }

    /** The agreement's meetings, newest first. */
    List<Row> findByAgreement(String agreementId) {
        return jdbc.sql(SELECT + " where agreement_id = ? order by meeting_date desc, id desc").param(agreementId)
                .query(MeetingRepository::map).list();
    }

    /** The meeting of the same agreement and forum just before this one (earlier date, or same date and lower id). */
    Optional<Row> previous(Row meeting) {
        return jdbc.sql(SELECT + """
                 where agreement_id = ? and forum = ? and (meeting_date < ? or meeting_date = ? and id < ?)
                 order by meeting_date desc, id desc limit 1
                """).params(meeting.agreementId(), meeting.forum().name(), meeting.date(), meeting.date(), meeting.id())
                .query(MeetingRepository::map).optional();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("agreement_id"), Forum.valueOf(rs.getString("forum")),
                rs.getObject("meeting_date", LocalDate.class), rs.getString("period"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
