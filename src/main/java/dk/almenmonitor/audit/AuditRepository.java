package dk.almenmonitor.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dk.almenmonitor.shared.AuditEvent;

import org.jspecify.annotations.Nullable;

/** SQL for {@code audit.audit_event}: insert and filtered reads only; the table rejects anything else. */
@Repository
class AuditRepository {

    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(AuditEvent event) {
        jdbc.sql("""
                        insert into audit.audit_event (occurred_at, actor, action, subject, details)
                        values (?, ?, ?, ?, cast(? as jsonb))
                        """)
                .param(Timestamp.from(event.at()))
                .param(orDefault(event.actor(), "system"))
                .param(orDefault(event.action(), "UNKNOWN"))
                .param(orDefault(event.subject(), ""))
                .param(json.writeValueAsString(event.details()))
                .update();
    }

    AuditPage search(AuditQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from audit.audit_event" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(AuditQuery.PAGE_SIZE);
        pageParams.add(query.offset());
        List<AuditEntry> entries = jdbc.sql("""
                        select id, occurred_at, actor, action, subject, details::text as details
                          from audit.audit_event""" + where + """
                          order by occurred_at desc, id desc
                         limit ? offset ?
                        """)
                .params(pageParams)
                .query(this::toEntry)
                .list();
        return new AuditPage(entries, query.page(), AuditQuery.PAGE_SIZE, total);
    }

    /** Only fixed SQL fragments are concatenated; every value goes in as a parameter. */
    private static String where(AuditQuery query, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.actor() != null) {
            conditions.add("lower(actor) = lower(?)");
            params.add(query.actor());
        }
        if (query.action() != null) {
            conditions.add("action = upper(?)");
            params.add(query.action());
        }
        if (query.subject() != null) {
            conditions.add("strpos(lower(subject), lower(?)) > 0");
            params.add(query.subject());
        }
        if (query.fromInstant() != null) {
            conditions.add("occurred_at >= ?");
            params.add(Timestamp.from(query.fromInstant()));
        }
        if (query.toInstantExclusive() != null) {
            conditions.add("occurred_at < ?");
            params.add(Timestamp.from(query.toInstantExclusive()));
        }
        return conditions.isEmpty() ? "" : "\n where " + String.join(" and ", conditions) + "\n";
    }

    private AuditEntry toEntry(ResultSet rs, int rowNum) throws SQLException {
        Map<String, String> details = json.readValue(rs.getString("details"), DETAILS);
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), details);
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
