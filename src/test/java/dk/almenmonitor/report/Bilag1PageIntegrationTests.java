package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The Bilag 1 page against the seed sheet: all 39 rows, in the municipality's sections and order. */
@SpringBootTest
@AutoConfigureMockMvc
class Bilag1PageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsAllGoalsInTheSheetsSectionsAndOrder() throws Exception {
        Document page = page("/reports/kk-bl1-2015-2018/2017-Q1/bilag1.html");

        assertThat(page.select("h1").text()).isEqualTo(
                "Status på målsætninger i Hovedaftale mellem Københavns Kommune og BL’s 1. kreds 2015-2018");
        assertThat(page.select(".bilag1__subtitle").text()).isEqualTo("Status pr. 1. kvartal 2017");
        List<String> sections = page.select("tr.bilag1__section > th:first-child").eachText();
        assertThat(sections).containsExactly("Målsætninger - Analyser (efter tidspunkt)",
                "Direkte målbare målsætninger (opdelt efter temaer)",
                "Målsætninger - hensigtserklæringer (opdelt efter temaer)");
        List<String> shown = page.select("tr.bilag1__goal > th").eachText();
        List<String> sheet = new ArrayList<>();
        dk.almenmonitor.followup.SeedSheetAccess.titlesInSheetOrder().forEach(sheet::add);
        assertThat(shown).hasSize(39).containsExactlyElementsOf(sheet);
    }

    @Test
    void currentColumnSaysUaendretExactlyWhereTheSheetDoes() throws Exception {
        Document page = page("/reports/kk-bl1-2015-2018/2017-Q1/bilag1.html");
        List<Boolean> shownUnchanged = page.select("tr.bilag1__goal td.bilag1__current").stream()
                .map(Element::text).map("Uændret"::equals).toList();
        assertThat(shownUnchanged).containsExactlyElementsOf(dk.almenmonitor.followup.SeedSheetAccess.unchangedInSheetOrder());
        assertThat(page.select("thead th").eachText()).contains("Status - 4. kvartal 2016", "Status - 1. kvartal 2017");
    }

    @Test
    void downloadGroupHoldsOnlyDownloadsAndTheRedegoerelseIsALinkOfItsOwn() throws Exception {
        // Issue 10, step 9: "Hent Bilag 1 :" (the colon was a flex item of its own, a gap away from the label), and
        // the Redegørelse button, which opens a page, sat among the downloads.
        Document page = page("/reports/kk-bl1-2015-2018/2017-Q1/bilag1.html");
        Element downloads = page.selectFirst("nav.bilag1__downloads");
        assertThat(downloads.ownText()).as("no loose text beside the label").isEmpty();
        assertThat(downloads.selectFirst("span").text()).isEqualTo("Hent Bilag 1:");
        assertThat(downloads.select("a").eachText()).containsExactly("PDF (A4)", "Excel (XLSX)", "Word (DOCX)");
        assertThat(downloads.select("a").eachAttr("download")).hasSize(3);
        Element redegoerelse = page.selectFirst(".bilag1__header a[href=/aftaler/kk-bl1-2015-2018/redegoerelse/2017]");
        assertThat(redegoerelse).isNotNull();
        assertThat(redegoerelse.text()).isEqualTo("Redegørelse 2017");
        assertThat(redegoerelse.hasAttr("download")).isFalse();
    }

    @Test
    void latestRoundLinkRedirectsAndUnknownRoundIs404() throws Exception {
        MvcResult latest = mvc.perform(get("/aftaler/kk-bl1-2015-2018/bilag1").with(user("laeser").roles("READER"))).andReturn();
        assertThat(latest.getResponse().getRedirectedUrl()).isEqualTo("/reports/kk-bl1-2015-2018/2017-Q1/bilag1.html");
        MvcResult missing = mvc.perform(get("/reports/kk-bl1-2015-2018/2031-Q1/bilag1.html")
                .with(user("laeser").roles("READER"))).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anUnknownRoundShowsItsDanishReasonOnTheErrorPageAndInProblemJson() throws Exception {
        MvcResult page = mvc.perform(get("/reports/kk-bl1-2015-2018/2031-Q1/bilag1.html")
                .accept(org.springframework.http.MediaType.TEXT_HTML).with(user("laeser").roles("READER"))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(404);
        assertThat(Jsoup.parse(page.getResponse().getContentAsString()).select(".error-page__detail").text())
                .isEqualTo("Bilag 1 findes ikke for kk-bl1-2015-2018 2031-Q1.");
        MvcResult api = mvc.perform(get("/api/v1/agreements/no-such/export.json")
                .accept(org.springframework.http.MediaType.APPLICATION_JSON).with(user("laeser").roles("READER")))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.getResponse().getContentAsString()).contains("\"detail\":\"Aftalen no-such findes ikke.\"");
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user("laeser").roles("READER"))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
