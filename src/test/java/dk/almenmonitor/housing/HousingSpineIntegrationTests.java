package dk.almenmonitor.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The departments and price-index datasets through POST /api/v1/imports/{dataset}, and the spine's facade. */
@SpringBootTest(properties = "almen.test.context=housing-spine")
@AutoConfigureMockMvc
class HousingSpineIntegrationTests {

    static final RequestPostProcessor STEWARD = user("data").roles("DATA_STEWARD");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Departments departments;
    @Autowired
    PriceIndex priceIndex;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void departmentsAreImportedIdempotentlyAndAnEditorSeesOnlyItsOwnOrganisation() throws Exception {
        String csv = """
                organisationsnr;organisationsnavn;afdelingsnr;afdelingsnavn;postnr;opfoerelsesaar;boliger;opvarmet_areal_m2;organisationskode
                11;Boligselskab Øst;1;Solgården;2100;1952;120;8.450,5;KAB
                11;Boligselskab Øst;2;Havehuset;2100;1998;40;3200;KAB
                12;Vestbo;7;Engen;2500;;300;
                """;
        JsonNode first = upload("departments", csv.getBytes(WINDOWS_1252), STEWARD, 200);
        assertThat(first.path("encoding").asString()).isEqualTo("windows-1252");
        assertThat(first.path("rows").asInt()).isEqualTo(3);
        assertThat(first.path("departments").path("created").asInt()).isEqualTo(3);
        assertThat(departments.find(new DepartmentKey(11, 1))).hasValueSatisfying(d -> {
            assertThat(d.organisationName()).isEqualTo("Boligselskab Øst");
            assertThat(d.heatedAreaM2()).isEqualByComparingTo("8450.5");
            assertThat(d.yearBuilt()).isEqualTo(1952);
        });
        assertThat(departments.find(new DepartmentKey(12, 7)).orElseThrow().yearBuilt()).isNull();

        JsonNode again = upload("departments", csv.getBytes(WINDOWS_1252), STEWARD, 200);
        assertThat(again.path("departments").path("unchanged").asInt()).as("the same file changes nothing").isEqualTo(3);

        CurrentUser kabEditor = new CurrentUser("kab", null, Role.EDITOR, Set.of("KAB"));
        assertThat(departments.visibleTo(kabEditor).sees(11)).isTrue();
        assertThat(departments.visibleTo(kabEditor).sees(12)).isFalse();
        assertThat(departments.visibleTo(new CurrentUser("r", null, Role.READER, Set.of("KAB"))).any()).isFalse();
        assertThat(departments.visibleTo(new CurrentUser("d", null, Role.DATA_STEWARD, Set.of())).sees(12)).isTrue();
    }

    @Test
    void aBadDepartmentsFileIsRejectedWithRowAndColumnAndChangesNothing() throws Exception {
        String csv = """
                organisationsnr;afdelingsnr;afdelingsnavn;boliger
                21;1;Ok;10
                21;x;Tekst i tal;10
                21;1;Samme nøgle;12
                21;3;"Ikke lukket;4
                21;4;Efter;5
                """;
        List<String> before = snapshot();
        JsonNode report = upload("departments", csv.getBytes(StandardCharsets.UTF_8), STEWARD, 422);
        List<String> where = new ArrayList<>();
        report.path("errors").forEach(e -> where.add(e.path("row").asInt() + ":" + (e.path("column").isNull() ? "" : e.path("column").asString())));
        assertThat(where).containsExactlyInAnyOrder("3:afdelingsnr", "4:afdelingsnr", "5:");
        assertThat(report.path("errors").toString()).contains("„x“ er ikke et tal").contains("række 2")
                .contains("anførselstegn").doesNotContain("Exception");
        assertThat(snapshot()).as("nothing stored").isEqualTo(before);

        JsonNode missing = upload("departments", "organisationsnr;navn\n1;x\n".getBytes(StandardCharsets.UTF_8),
                STEWARD, 422);
        assertThat(missing.path("errors").get(0).path("column").asString()).isEqualTo("afdelingsnr");
    }

    @Test
    void departmentsNamedByAnotherDatasetAreCreatedInItsTransaction() {
        int created = transactions.execute(tx -> {
            jdbc.sql("create temp table other_staging (org int, dept int) on commit drop").update();
            jdbc.sql("insert into other_staging values (31, 1), (31, 1), (31, 2), (32, 5)").update();
            return departments.ensureFrom("other_staging", "org", "dept");
        });
        assertThat(created).isEqualTo(3);
        assertThat(departments.find(new DepartmentKey(31, 2))).isPresent();
    }

    @Test
    void readersAndEditorsMayNotImport() throws Exception {
        for (String dataset : List.of("departments", "price-index")) {
            upload(dataset, "aar;indeks\n2014;100\n".getBytes(StandardCharsets.UTF_8), user("r").roles("READER"), 403);
            upload(dataset, "aar;indeks\n2014;100\n".getBytes(StandardCharsets.UTF_8), user("e").roles("EDITOR"), 403);
        }
    }

    @Test
    void anAmountIsIndexedFromOneYearsPricesToAnother() throws Exception {
        upload("price-index", "aar;indeks\n2014;100,0\n2017;103,1\n".getBytes(StandardCharsets.UTF_8), STEWARD, 200);
        assertThat(priceIndex.scale(new BigDecimal("3200"), 2014, 2017)).hasValue(new BigDecimal("3299"));
        assertThat(priceIndex.scale(new BigDecimal("3200"), 2014, 2030)).isEmpty();
        JsonNode duplicate = upload("price-index", "aar;indeks\n2015;1\n2015;2\n".getBytes(StandardCharsets.UTF_8),
                STEWARD, 422);
        assertThat(duplicate.path("errors").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(priceIndex.byYear()).doesNotContainKey(2015);
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private List<String> snapshot() {
        return jdbc.sql("select organisation_no || '-' || department_no || ':' || coalesce(name, '') "
                + "from housing.department order by 1").query(String.class).list();
    }

    private JsonNode upload(String dataset, byte[] content, RequestPostProcessor who, int status) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/imports/" + dataset)
                .file(new MockMultipartFile("file", dataset + ".csv", "text/csv", content)).with(who).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        String body = result.getResponse().getContentAsString();
        return body.isEmpty() ? null : json.readTree(body);
    }
}
