package dk.almenmonitor.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The redegørelse texts: an append-only table of versions (report.text_version). */
@Repository
class ReportTextRepository {

    private final JdbcClient jdbc;

    ReportTextRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String agreementId, int year, TextSection section, String body, String user) {
        jdbc.sql("insert into report.text_version (agreement_id, year, section, body, saved_by) values (?, ?, ?, ?, ?)")
                .params(agreementId, year, section.name(), body, user).update();
    }

    /** The latest version of each section that has one. */
    List<TextVersion> current(String agreementId, int year) {
        return jdbc.sql("""
                select distinct on (section) id, section, body, saved_by, saved_at from report.text_version
                where agreement_id = ? and year = ? order by section, id desc
                """).params(agreementId, year).query(ReportTextRepository::map).list();
    }

    /** Every version, newest first. */
    List<TextVersion> history(String agreementId, int year) {
        return jdbc.sql("""
                select id, section, body, saved_by, saved_at from report.text_version
                where agreement_id = ? and year = ? order by id desc
                """).params(agreementId, year).query(ReportTextRepository::map).list();
    }

    private static TextVersion map(ResultSet rs, int row) throws SQLException {
        return new TextVersion(rs.getLong("id"), TextSection.valueOf(rs.getString("section")), rs.getString("body"),
                rs.getString("saved_by"), rs.getObject("saved_at", OffsetDateTime.class));
    }
}
