package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14, item 5: {@code /actuator/prometheus} shows the application's own meters (docs/operations.md "Metrics")
 * after an import, status saves and document renders, and is for ADMIN only on the application port.
 */
/* Writes to the database (a round, a status): its context is not reused by later test classes. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class OperationsMetricsIntegrationTests {

    private static final String AGREEMENT = "/api/v1/agreements/kk-bl1-2015-2018";
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");
    private static final RequestPostProcessor READER = user("laeser").roles("READER");

    @Autowired
    MockMvc mvc;

    @Test
    void prometheusShowsImportsSavesAndRenders() throws Exception {
        // An import that is rejected (not a rents file) is an import with outcome "rejected".
        MockMultipartFile notRents = new MockMultipartFile("file", "husleje.csv", "text/csv",
                "dette;er;ikke\nen;huslejefil;\n".getBytes(StandardCharsets.UTF_8));
        int imported = mvc.perform(multipart("/api/v1/imports/rents").file(notRents).with(STEWARD).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(imported).isBetween(200, 499);

        // One status saved, then a save on the old version: a conflict.
        assertThat(mvc.perform(post(AGREEMENT + "/rounds").with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2021-Q1\",\"dueDate\":\"2021-03-15\"}")).andReturn().getResponse().getStatus())
                .isEqualTo(201);
        String status = AGREEMENT + "/rounds/2021-Q1/statuses/" + firstGoalId();
        String etag = mvc.perform(get(status).with(ADMIN)).andReturn().getResponse().getHeader("ETag");
        assertThat(save(status, etag, "Første gemning")).isEqualTo(200);
        assertThat(save(status, etag, "Gemt på en gammel version")).isEqualTo(412);

        // Bilag 1 as PDF and XLSX.
        for (String ext : new String[] {"pdf", "xlsx"}) {
            assertThat(mvc.perform(get("/reports/kk-bl1-2015-2018/2017-Q1/bilag1." + ext).with(READER))
                    .andReturn().getResponse().getStatus()).isEqualTo(200);
        }

        MvcResult scrape = mvc.perform(get("/actuator/prometheus").with(ADMIN)).andReturn();
        assertThat(scrape.getResponse().getStatus()).isEqualTo(200);
        String metrics = scrape.getResponse().getContentAsString();
        assertThat(metrics)
                .contains("almen_imports_seconds_count{dataset=\"rents\",outcome=\"rejected\"} 1")
                // The seed agreement was imported at start-up, through the same pipeline.
                .contains("almen_imports_seconds_count{dataset=\"agreement-sheet\",outcome=\"imported\"}")
                .contains("almen_imports_rows_total{dataset=\"agreement-sheet\"}")
                .contains("almen_status_saves_total{outcome=\"saved\"} 1.0")
                .contains("almen_status_saves_total{outcome=\"conflict\"} 1.0")
                .contains("almen_documents_renders_seconds_count{document=\"bilag1\",format=\"pdf\",outcome=\"rendered\"} 1")
                .contains("almen_documents_renders_seconds_count{document=\"bilag1\",format=\"xlsx\",outcome=\"rendered\"} 1")
                // Spring Boot's own meters come along (requests, JVM, the connection pool).
                .contains("http_server_requests_seconds_count").contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active");
    }

    @Test
    void prometheusIsForAdminsOnlyOnTheApplicationPort() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus").with(READER)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private int save(String url, String etag, String text) throws Exception {
        return mvc.perform(put(url).with(ADMIN).with(csrf()).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).content("{\"statusText\":\"" + text + "\"}"))
                .andReturn().getResponse().getStatus();
    }

    private long firstGoalId() throws Exception {
        String body = mvc.perform(get(AGREEMENT).with(READER)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int at = body.indexOf("\"goals\":[{\"id\":") + "\"goals\":[{\"id\":".length();
        return Long.parseLong(body.substring(at, body.indexOf(',', at)));
    }
}
