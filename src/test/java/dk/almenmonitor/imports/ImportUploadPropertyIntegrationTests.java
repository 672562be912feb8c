package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.followup.SeedSheet;
import dk.almenmonitor.synthetic.SyntheticHousingData;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Property-style, through the real endpoint and database: generated files for every dataset the pipeline offers
 * (near-valid files from a valid one with random edits, and arbitrary bytes behind the header) are uploaded to
 * {@code POST /api/v1/imports/{dataset}}; the answer is never a 5xx, and a refused file leaves every table as it was
 * (only its import record is added). This reaches the row checks the streamed datasets make in their load
 * (departments, rents, heat, energy labels, BBR units, operating costs), which the pure property tests cannot. A
 * failure names the dataset and the file (its beginning as text, all of it in Base64), to keep as a regression.
 */
@DirtiesContext
@SpringBootTest(properties = "almen.test.context=import-upload-properties")
@AutoConfigureMockMvc
class ImportUploadPropertyIntegrationTests {

    /** Files per dataset: three near-valid, one of arbitrary bytes. */
    static final int TRIES_PER_DATASET = Integer.getInteger("almen.test.upload-tries", 4);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportDatasets datasets;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void generatedUploadsAreNeverA5xxAndARefusedOneChangesNoTable() throws Exception {
        Map<String, String> valid = validFiles();
        assertThat(valid.keySet()).as("every dataset the pipeline offers has a valid file here")
                .containsExactlyInAnyOrderElementsOf(datasets.importableBy(dk.almenmonitor.identity.Role.ADMIN)
                        .stream().map(ImportDataset::name).toList());
        for (Map.Entry<String, String> dataset : valid.entrySet()) {
            assertThat(upload(dataset.getKey(), dataset.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8), -1))
                    .as("the valid file of %s is imported", dataset.getKey()).isEqualTo(200);
        }
        // Found by the properties: a required number of a no-break space was a 500.
        assertThat(upload("evictions", "periode;kommunekode;antal\n2013-H1;\u00A0;286\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), -1)).isEqualTo(422);
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        for (int i = 0; i < TRIES_PER_DATASET; i++) {
            for (Map.Entry<String, String> dataset : valid.entrySet()) {
                Arbitrary<byte[]> files = i % 4 == 3
                        ? ImportFuzz.bytes(dataset.getValue().lines().findFirst().orElseThrow())
                        : ImportFuzz.nearValid(dataset.getValue());
                byte[] content = files.sample();
                int status = upload(dataset.getKey(), content, i);
                outcomes.merge(dataset.getKey() + " " + status, 1, Integer::sum);
            }
        }
        org.slf4j.LoggerFactory.getLogger(getClass()).info("Uploads by dataset and status: {}", outcomes);
    }

    private int upload(String dataset, byte[] content, int attempt) throws Exception {
        List<String> before = snapshot();
        String what = "dataset " + dataset + ", try " + attempt + ", file "
                + new String(content, 0, Math.min(content.length, 600), java.nio.charset.StandardCharsets.UTF_8)
                + "\nBase64: " + java.util.Base64.getEncoder().encodeToString(content);
        MvcResult result;
        var request = multipart("/api/v1/imports/" + dataset)
                .file(new MockMultipartFile("file", dataset + ".csv", "text/csv", content))
                .with(user("admin").roles("ADMIN")).with(csrf());
        if (dataset.equals("agreement-sheet")) {
            request.param("agreementId", "kk-bl1-2015-2018");
        }
        if (dataset.equals(SyntheticHousingData.BBR_UNITS)) {
            request.param("opgoerelsesdato", "2017-01-19");
        }
        try {
            result = mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new AssertionError("an exception escaped (a 500): " + what, e);
        }
        int status = result.getResponse().getStatus();
        assertThat(status).as("%s answered %s", what, result.getResponse().getContentAsString()).isIn(200, 422);
        if (status == 422) {
            assertThat(json.readTree(result.getResponse().getContentAsString()).path("errors").isEmpty())
                    .as("a refusal says what is wrong: %s", what).isFalse();
            assertThat(snapshot()).as("a refused file changes nothing: %s", what).isEqualTo(before);
        }
        return status;
    }

    /** Every table of the modules' schemas but the import records and sessions: its row count and a hash of its rows. */
    private List<String> snapshot() {
        List<String> tables = jdbc.sql("""
                select table_schema || '.' || table_name from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'imports')
                  and table_schema not like 'pg\\_%' and table_name not like 'spring_session%'
                  and table_name <> 'flyway_schema_history'
                order by 1""").query(String.class).list();
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("select '").append(table).append(" ' || count(*) || ' ' || coalesce(sum(hashtext(t::text)::bigint), 0) from ")
                    .append(table).append(" t");
        }
        return new ArrayList<>(jdbc.sql(sql.toString()).query(String.class).list());
    }

    /** A valid file of every dataset: the synthetic test-scale files' first rows, and the others' own examples. */
    private static Map<String, String> validFiles() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (String dataset : SyntheticHousingData.datasets()) {
            files.put(dataset, ImportFuzz.synthetic(dataset, dataset.equals(SyntheticHousingData.BOL101) ? 90 : 6));
        }
        files.put("observations", """
                indikator;periode;vaerdi;dimension;kilde
                udsaettelser;2016;300;;ok
                udsaettelser;2. halvår 2017;12,5;;
                """);
        files.put("areas", """
                omraade_kode;omraade_navn;type;kommunekode;afdelinger
                FUZZ-BY;Fuzz by;byomraade;0101;
                FUZZ-BOLIG;Fuzz boligområde;boligomraade;101;
                """);
        files.put("area-criteria", """
                aar;omraade_kode;omraade_navn;kommunekode;beboere;ikke_vestlige_pct;uden_for_pct;doemte_pct;doemte_landsgns_pct;grundskole_pct;indkomst_pct
                2016;FUZZ-KRITERIER;Fuzz;0101;1200;55,0;45;2;1;40;50
                2017;FUZZ-KRITERIER;Fuzz;0101;..;61,5;47;2,9;1;55;44
                """);
        files.put("area-indicators", """
                omraade_kode;aar;indikator;vaerdi
                KBH;2016;uden_for_arbejdsmarkedet;30,5
                KBH;2017;lav_indkomst;19,6
                """);
        files.put("agreement-sheet", SeedSheet.csvText()); // its quoted cells are split as they come: near-valid too
        return files;
    }
}
