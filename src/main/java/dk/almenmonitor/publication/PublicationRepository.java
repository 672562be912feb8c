package dk.almenmonitor.publication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PublicationRepository {

    private final JdbcClient jdbc;

    PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isPublished(String agreementId) {
        return jdbc.sql("select published from publication.agreement_publication where agreement_id = ?")
                .param(agreementId).query(Boolean.class).optional().orElse(false);
    }

    void set(String agreementId, boolean published, String changedBy) {
        jdbc.sql("""
                insert into publication.agreement_publication (agreement_id, published, changed_by, changed_at)
                values (?, ?, ?, now())
                on conflict (agreement_id) do update
                   set published = excluded.published, changed_by = excluded.changed_by, changed_at = excluded.changed_at
                """).params(agreementId, published, changedBy).update();
    }
}
