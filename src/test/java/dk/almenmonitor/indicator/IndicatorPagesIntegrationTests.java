package dk.almenmonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class IndicatorPagesIntegrationTests {

    static final String BASE = "/aftaler/kk-bl1-2015-2018";

    @Autowired
    MockMvc mvc;
    @Autowired
    dk.almenmonitor.agreement.AgreementCatalog catalog;

    @Test
    void theDashboardShowsEveryMeasurableGoalWithItsEvaluationAndChart() throws Exception {
        Document page = page(BASE + "/indikatorer?asOf=2017-03-31", 200);
        assertThat(page.select("main h1").text()).isEqualTo("Indikatorer");
        assertThat(page.select("#measurable-heading + ul > li")).hasSize(9);
        String text = page.select("main").text();
        assertThat(text).contains("Opfyldt inden for tolerancen: 19,9 % ≥ 20 % − 0,5 pp tolerance")
                .contains("1.648 < 2.000 boliger").contains("361 ≤ 457 udsættelser").contains("31. marts 2017");
        assertThat(page.select("main svg[role=img] title")).isNotEmpty();
        assertThat(page.select("link[href$=/css/indicator.css]")).hasSize(1);
        assertThat(page.select("nav.breadcrumbs").attr("aria-label")).as("from messages_da").isEqualTo("Brødkrummer");
        assertThat(page.select("[style]")).as("CSP: no style attributes").isEmpty();
        assertThat(page.select("script:not([src])")).as("CSP: no inline scripts").isEmpty();
    }

    @Test
    void withoutAsOfTheDashboardJudgesAsOfTheLatestRoundLikeTheGoalPage() throws Exception {
        // Issue 10, step 9: the dashboard used the agreement's end (31.12.2018) and showed "Ingen data" where the goal
        // page, judging as of the end of the latest round's quarter, showed a result. One default now.
        MvcResult r = mvc.perform(get("/api/v1/agreements/kk-bl1-2015-2018/rounds").with(user("laeser").roles("READER")))
                .andReturn();
        java.util.List<String> periods = com.jayway.jsonpath.JsonPath.read(r.getResponse().getContentAsString(), "$[*].period");
        String roundEnd = dk.almenmonitor.shared.Quarter.parse(periods.get(periods.size() - 1)).orElseThrow().lastDay()
                .toString();

        Document byDefault = page(BASE + "/indikatorer", 200);
        assertThat(byDefault.select("input#asOf").val()).isEqualTo(roundEnd);
        assertThat(byDefault.select("main").text()).isEqualTo(page(BASE + "/indikatorer?asOf=" + roundEnd, 200)
                .select("main").text());

        long goal = SeedGoals.goalId(catalog, "MEASURABLE", "At almene boliger skal udgøre minimum 20 pct.");
        assertThat(page(BASE + "/maal/" + goal + "/indikator", 200).select("input#asOf").val()).isEqualTo(roundEnd);
    }

    @Test
    void theIndicatorPageHasChartTableAndSentence() throws Exception {
        long goal = SeedGoals.goalId(catalog, "MEASURABLE", "At der i 2015 og 2016 gives tilsagn til mindst 2.000");
        Document page = page(BASE + "/maal/" + goal + "/indikator?asOf=2017-03-31", 200);
        assertThat(page.select(".indicator-explanation").text()).contains("Ikke opfyldt: 1.648 < 2.000 boliger");
        assertThat(page.select("main svg polyline.chart__line")).hasSize(1);
        assertThat(page.select("main svg .chart__target")).hasSize(1);
        assertThat(page.select("main table tbody tr")).hasSize(8);
        assertThat(page.select("main table tbody").text()).contains("1.580").contains("646").contains("familie");
        assertThat(page.select("a[href=" + BASE + "/maal/" + goal + "]")).hasSize(1);
        assertThat(page.select("nav.breadcrumbs").attr("aria-label")).as("from messages_da").isEqualTo("Brødkrummer");
    }

    @Test
    void goalsWithoutIndicatorsAndUnknownGoalsAreNotFound() throws Exception {
        long intent = SeedGoals.goalId(catalog, "INTENT", "At nye almene boliger bygges i hele København");
        page(BASE + "/maal/" + intent + "/indikator", 404);
        page(BASE + "/maal/999999/indikator", 404);
        page("/aftaler/findes-ikke/indikatorer", 404);
        page(BASE + "/indikatorer?asOf=i-morgen", 400);
    }

    @Test
    void theErrorPageShowsTheDanishReasonFromTheMessages() throws Exception {
        long intent = SeedGoals.goalId(catalog, "INTENT", "At nye almene boliger bygges i hele København");
        assertThat(errorDetail(BASE + "/maal/" + intent + "/indikator", 404)).isEqualTo("Målsætningen har ingen indikator.");
        assertThat(errorDetail(BASE + "/maal/999999/indikator", 404)).isEqualTo("Målsætningen findes ikke.");
        assertThat(errorDetail("/aftaler/findes-ikke/indikatorer", 404)).isEqualTo("Aftalen findes ikke.");
        assertThat(errorDetail(BASE + "/indikatorer?asOf=i-morgen", 400))
                .isEqualTo("Datoen 'i-morgen' skal skrives som ÅÅÅÅ-MM-DD, fx 2017-03-31.");
        MvcResult api = mvc.perform(get("/api/v1/indicators/findes-ikke/observations")
                .accept(org.springframework.http.MediaType.APPLICATION_JSON).with(user("laeser").roles("READER")))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.getResponse().getContentAsString()).contains("\"detail\":\"Indikatoren 'findes-ikke' findes ikke.\"");
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private String errorDetail(String path, int status) throws Exception {
        MvcResult r = mvc.perform(get(path).accept(org.springframework.http.MediaType.TEXT_HTML)
                .with(user("laeser").roles("READER"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(status);
        return Jsoup.parse(r.getResponse().getContentAsString()).select(".error-page__detail").text();
    }

    private Document page(String path, int status) throws Exception {
        MvcResult r = mvc.perform(get(path).with(user("laeser").roles("READER"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(status);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }
}
