package dk.almenmonitor.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import dk.almenmonitor.followup.SeedSheet;

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
class GoalPagesIntegrationTests {

    private static final String GOALS = "/aftaler/kk-bl1-2015-2018/maal";

    @Autowired
    MockMvc mvc;

    @Test
    void listShowsEveryGoalAndFiltersNarrowIt() throws Exception {
        List<SeedSheet.Row> sheet = SeedSheet.goalRows();
        assertThat(rowsOf(GOALS)).hasSize(sheet.size());
        assertThat(rowsOf(GOALS + "?kind=INTENT"))
                .hasSize((int) sheet.stream().filter(r -> r.section().equals("INTENT")).count());
        assertThat(rowsOf(GOALS + "?kind=ANALYSIS&achievement=FULFILLED"))
                .hasSize((int) sheet.stream().filter(r -> r.section().equals("ANALYSIS") && r.achievement().equals("Opfyldt")).count());
        assertThat(rowsOf(GOALS + "?theme=3"))
                .hasSize((int) sheet.stream().filter(r -> r.theme().equals("3")).count());
        assertThat(rowsOf(GOALS + "?owner=SOF"))
                .hasSize((int) sheet.stream().filter(r -> r.owner().contains("SOF")).count());
        assertThat(rowsOf(GOALS + "?overdue=ja")).hasSize(5);
        assertThat(rowsOf(GOALS + "?period=2016-Q4&achievement=NONE")).hasSize(sheet.size());
    }

    @Test
    void goalPageShowsItsFieldsAndUaendretForAnUnchangedRound() throws Exception {
        Document list = page(GOALS);
        String href = list.select("tbody tr td a").first().attr("href");
        Document goal = page(href);
        SeedSheet.Row first = SeedSheet.goalRows().get(0);
        assertThat(goal.select("h1").text()).isEqualTo(first.title());
        assertThat(goal.select("nav.breadcrumbs").attr("aria-label")).as("from messages_da").isEqualTo("Brødkrummer");
        assertThat(goal.select("dl.details").text()).contains("1. halvdel 2015", "KK (TMF/SUF)",
                "1. januar 2015", "30. juni 2015");
        var perRound = goal.select("section[aria-labelledby=history-heading] tbody tr");
        assertThat(perRound).hasSize(2);
        assertThat(perRound.get(0).select("th").text()).isEqualTo("1. kvartal 2017");
        assertThat(perRound.get(0).select("td").first().text()).startsWith("Uændret");
        assertThat(perRound.get(1).text()).contains("Ikke registreret");
        var versions = goal.select("section[aria-labelledby=changes-heading] tbody tr");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).text()).contains("importeret fra arket", "system");
    }

    @Test
    void unknownOrForeignGoalIdsAre404() throws Exception {
        for (String path : List.of(GOALS + "/999999", GOALS + "/abc", "/aftaler/findes-ikke/maal")) {
            MvcResult result = mvc.perform(get(path).with(user("laeser").roles("READER"))).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        }
    }

    @Test
    void frontPageFiguresComeFromTheData() throws Exception {
        Document front = page("/aftaler/kk-bl1-2015-2018");
        assertThat(front.text()).contains("Pr. 1. kvartal 2017 er 9 ud af 19 målsætninger indfriet.");
        assertThat(front.select(".figure__value").eachText()).startsWith("19", "9", "20", "5", "2");
        assertThat(front.select(".overdue-list__item")).hasSize(5);
    }

    private List<?> rowsOf(String path) throws Exception {
        return page(path).select("table.table tbody tr");
    }

    private Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user("laeser").roles("READER"))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
