package dk.almenmonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** "Importér tal": a data steward uploads observations on a page and reads the report there. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class ObservationImportPageIntegrationTests {

    private static final String PAGE = "/import/observationer";

    @Autowired
    MockMvc mvc;
    @Autowired
    IndicatorQueries indicators;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void aDataStewardImportsAFileAndSeesErrorsByRowAndColumnOrTheCounts() throws Exception {
        MockHttpSession steward = login("data");
        Document form = page(mvc.perform(get(PAGE).session(steward)).andReturn(), 200);
        List<String> codes = new ArrayList<>();
        form.select("main table code").forEach(c -> codes.add(c.text()));
        assertThat(codes).containsExactlyElementsOf(indicators.indicators().stream().map(IndicatorView::code).toList());
        assertThat(form.select("nav a[aria-current=page]").text()).isEqualTo("Import");

        String bad = "indikator;periode;værdi;dimension;kilde\nudsaettelser;sidste år;12;;x\nudsaettelser;2018;mange;;x\n";
        Document rejected = page(upload(bad.getBytes(Charset.forName("windows-1252")), "forkert.csv", steward), 422);
        assertThat(rejected.select("[role=alert]").text()).contains("Filen blev afvist. Intet er gemt.");
        List<String> where = new ArrayList<>();
        for (Element row : rejected.select("#report-heading ~ table tbody tr")) {
            where.add(row.child(0).text() + ":" + row.child(1).text());
        }
        assertThat(where).containsExactly("2:periode", "3:værdi");
        assertThat(rejected.text()).contains("windows-1252");

        String good = "indikator;periode;værdi;dimension;kilde\nudsaettelser;2018;401;;Socialforvaltningen\n";
        Document imported = page(upload(good.getBytes(StandardCharsets.UTF_8), "udsaettelser-2018.csv", steward), 200);
        assertThat(imported.select("[role=status]").text()).isEqualTo("Tallene er importeret.");
        assertThat(imported.select("dl.details").text()).contains("udsaettelser-2018.csv").contains("1 / 0 / 0");

        String observations = mvc.perform(get("/api/v1/indicators/udsaettelser/observations")
                .with(httpBasic("laeser", password))).andReturn().getResponse().getContentAsString();
        assertThat(observations).contains("\"period\":\"2018\"").contains("401");
    }

    @Test
    void noFileIs400AndOnlyStewardsAndTheSecretariatMayImport() throws Exception {
        MockHttpSession admin = login("admin");
        page(mvc.perform(multipart(PAGE).session(admin).with(csrf())).andReturn(), 400);
        page(mvc.perform(get(PAGE).session(admin)).andReturn(), 200);
        String dashboard = "/aftaler/kk-bl1-2015-2018/indikatorer";
        assertThat(page(mvc.perform(get(dashboard).session(login("data"))).andReturn(), 200)
                .select("main a[href=" + PAGE + "]").text()).isEqualTo("Importér tal til indikatorerne");
        for (String user : List.of("laeser", "sof")) {
            MockHttpSession session = login(user);
            assertThat(page(mvc.perform(get(dashboard).session(session)).andReturn(), 200)
                    .select("main a[href=" + PAGE + "]")).isEmpty();
            assertThat(mvc.perform(get(PAGE).session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(multipart(PAGE).file(file("x".getBytes(), "x.csv")).session(session).with(csrf()))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        }
    }

    private MvcResult upload(byte[] content, String name, MockHttpSession session) throws Exception {
        return mvc.perform(multipart(PAGE).file(file(content, name)).session(session).with(csrf())).andReturn();
    }

    private static MockMultipartFile file(byte[] content, String name) {
        return new MockMultipartFile("file", name, "text/csv", content);
    }

    private static Document page(MvcResult result, int expected) throws Exception {
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(html).isEqualTo(expected);
        return Jsoup.parse(html);
    }

    private MockHttpSession login(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(password)).andReturn().getRequest()
                .getSession(false);
    }
}
