package dk.almenmonitor.organisation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OrganisationRow> findAll() {
        return jdbc.sql("""
                select code, name, kind, parent_code, aliases
                from organisation.organisation
                order by case kind when 'MUNICIPALITY' then 0 when 'ADMINISTRATION' then 1
                                   when 'HOUSING_DISTRICT' then 2 else 3 end, code
                """)
                .query((rs, i) -> new OrganisationRow(
                        new OrganisationView(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                                rs.getString("parent_code")),
                        List.of((String[]) rs.getArray("aliases").getArray())))
                .list();
    }

    record OrganisationRow(OrganisationView view, List<String> aliases) {
    }
}
