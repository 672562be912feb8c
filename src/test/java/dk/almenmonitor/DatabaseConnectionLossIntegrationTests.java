package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reliability: the database restarts (or fails over) under a running application. PostgreSQL ends every
 * connection the application holds, as a restart does; once the database is back, the application must go on without
 * a restart of its own, reading and writing, because the pool replaces the dead connections.
 */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseConnectionLossIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    @FlywayDataSource
    DataSource owner;
    @Value("${almen.demo.password}")
    String password;
    @Value("${almen.db.app-role}")
    String appRole;

    @Test
    void theApplicationGoesOnWhenTheDatabaseEndsAllItsConnections() throws Exception {
        assertThat(status(get("/api/v1/agreements/kk-bl1-2015-2018"))).isEqualTo(200);
        JdbcClient superuser = JdbcClient.create(owner);
        int ended = superuser.sql("""
                select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
                where usename = ? and datname = current_database()) t
                """).param(appRole).query(Integer.class).single();
        assertThat(ended).as("application connections ended by the database").isPositive();
        // A restart takes seconds; the pool checks a connection that has been idle for more than half a second before
        // lending it out (Hikari), so after that pause every dead connection is found and replaced.
        Thread.sleep(1_000);

        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(status(get("/api/v1/agreements/kk-bl1-2015-2018/rounds")));
        }
        answers.add(status(post("/api/v1/agreements/kk-bl1-2015-2018/rounds").contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2019-Q1\",\"dueDate\":\"2019-03-15\"}")));
        assertThat(answers).as("every request after the connections were ended").containsOnly(200, 201);
        assertThat(superuser.sql("select count(*) from followup.round where period = '2019-Q1'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic("admin", password))).andReturn().getResponse().getStatus();
    }
}
