package dk.almenmonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The evaluation API against the seed agreement and the seed observations; expectations come from the data. */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorApiIntegrationTests {

    static final String AS_OF = "2017-03-31";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SeedIndicatorLoader loader;

    @Test
    void theSeedLoaderIsIdempotent() throws Exception {
        List<String> before = snapshot();
        loader.load();
        assertThat(snapshot()).isEqualTo(before);
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("indicator.indicator", "indicator.observation", "indicator.observation_revision",
                "indicator.target_version", "indicator.goal_indicator")) {
            rows.addAll(jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1").query(String.class).list());
        }
        return rows;
    }

    @Test
    void theTwentyPercentGoalIsMetWithinTolerance() throws Exception {
        JsonNode latest = latestTotal("almene-boliger-andel", "DAY", AS_OF);
        JsonNode e = evaluation("MEASURABLE", "At almene boliger skal udgøre minimum 20 pct.");
        JsonNode target = e.path("target");
        BigDecimal value = latest.path("value").decimalValue();
        BigDecimal threshold = target.path("value").decimalValue();
        BigDecimal tolerance = target.path("tolerance").decimalValue();
        assertThat(value).isLessThan(threshold).isGreaterThanOrEqualTo(threshold.subtract(tolerance));

        assertThat(e.path("status").asString()).isEqualTo("MET_WITHIN_TOLERANCE");
        assertThat(e.path("asOf").asString()).isEqualTo(AS_OF);
        assertThat(e.path("latest").path("period").asString()).isEqualTo(latest.path("period").asString());
        assertThat(e.path("latest").path("value").decimalValue()).isEqualByComparingTo(value);
        assertThat(target.path("kind").asString()).isEqualTo("AT_LEAST");
        assertThat(target.path("mode").asString()).isEqualTo("MAINTAIN");
        assertThat(e.path("explanation").asString()).contains("19,9 % ≥ 20 % − 0,5 pp tolerance");
        assertThat(e.path("suggestedAchievement").asString()).isEqualTo("FULFILLED");
    }

    @Test
    void theSkemaAGoalIsNotMet() throws Exception {
        JsonNode e = evaluation("MEASURABLE", "At der i 2015 og 2016 gives tilsagn til mindst 2.000");
        JsonNode target = e.path("target");
        JsonNode latest = latestTotal("skema-a-tilsagn", "DAY", target.path("periodTo").asString());
        assertThat(latest.path("value").decimalValue()).isLessThan(target.path("value").decimalValue());

        assertThat(e.path("status").asString()).isEqualTo("NOT_MET");
        assertThat(target.path("kind").asString()).isEqualTo("COUNT_BY");
        assertThat(target.path("periodTo").asString()).isEqualTo("2016-12-31");
        assertThat(e.path("latest").path("value").decimalValue()).isEqualByComparingTo(latest.path("value").decimalValue());
        assertThat(e.path("explanation").asString()).contains("1.648 < 2.000 boliger");
    }

    @Test
    void theEvictionsGoalIsOnTrackOnAnnualValues() throws Exception {
        JsonNode latestYear = latestTotal("udsaettelser", "YEAR", AS_OF);
        JsonNode e = evaluation("MEASURABLE", "At fortsætte samarbejdet om forebyggelse af udsættelser");
        assertThat(latestYear.path("value").decimalValue()).isLessThanOrEqualTo(e.path("target").path("value").decimalValue());

        assertThat(e.path("status").asString()).isEqualTo("ON_TRACK");
        assertThat(e.path("latest").path("period").asString()).isEqualTo(latestYear.path("period").asString()).isEqualTo("2015");
        assertThat(e.path("latest").path("value").decimalValue()).isEqualByComparingTo("361");
        assertThat(e.path("projection").path("points").asInt()).isEqualTo(3);
        assertThat(e.path("explanation").asString()).contains("361 ≤ 457 udsættelser");
    }

    @Test
    void theVulnerableAreasAreOnTrackAgainstTheBaselineAndHeatHasNoData() throws Exception {
        JsonNode areas = evaluation("MEASURABLE", "At reducere antallet af udsatte og særligt udsatte boligområder");
        assertThat(areas.path("status").asString()).isEqualTo("ON_TRACK");
        assertThat(areas.path("baseline").decimalValue()).isEqualByComparingTo("6");
        assertThat(areas.path("latest").path("measured").decimalValue()).isEqualByComparingTo("-50");

        JsonNode heat = evaluation("ANALYSIS", "At udarbejde en kortlægning af energi- og vandforbruget");
        assertThat(heat.path("status").asString()).isEqualTo("NO_DATA");
        assertThat(heat.path("latest").isNull()).isTrue();
        assertThat(heat.path("suggestedAchievement").isNull()).isTrue();
    }

    @Test
    void everySeedTargetIsLinkedBecauseTheLoaderRunsAfterTheAgreementSeed() throws Exception {
        for (SeedIndicators.SeedTarget seed : SeedIndicators.TARGETS) {
            long goalId = goalId(seed.goalKind().name(), seed.titleStart());
            int status = mvc.perform(get("/api/v1/goals/" + goalId + "/evaluation").with(user("laeser").roles("READER")))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(seed.titleStart()).isEqualTo(seed.kind() == null ? 404 : 200);
        }
        assertThat(SeedIndicatorLoader.class.getDeclaredMethod("load")
                .getAnnotation(org.springframework.context.event.EventListener.class).value())
                .containsExactly(org.springframework.boot.context.event.ApplicationReadyEvent.class);
        assertThat(org.springframework.boot.ApplicationRunner.class.isAssignableFrom(SeedIndicatorLoader.class)).isFalse();
    }

    @Test
    void withoutAsOfTheEndOfTheLatestRoundsQuarterIsUsed() throws Exception {
        // One default everywhere (issue 10, step 9): the goal page's rule, not the agreement's last day (2018-12-31).
        long goalId = goalId("MEASURABLE", "At almene boliger skal udgøre minimum 20 pct.");
        JsonNode e = getJson("/api/v1/goals/" + goalId + "/evaluation");
        assertThat(e.path("asOf").asString()).isEqualTo(latestRoundEnd());
        assertThat(e.path("asOf").asString()).isNotEqualTo(
                getJson("/api/v1/agreements/kk-bl1-2015-2018").path("validTo").asString());
    }

    /** The last day of the seed agreement's latest round's quarter (2017-03-31 unless a test opened a later round). */
    String latestRoundEnd() throws Exception {
        JsonNode rounds = getJson("/api/v1/agreements/kk-bl1-2015-2018/rounds");
        String period = rounds.get(rounds.size() - 1).path("period").asString();
        return dk.almenmonitor.shared.Quarter.parse(period).orElseThrow().lastDay().toString();
    }

    @Test
    void unknownGoalsIndicatorsAndBadDatesAreProblems() throws Exception {
        long intent = goalId("INTENT", "At nye almene boliger bygges i hele København");
        for (String path : List.of("/api/v1/goals/999999/evaluation", "/api/v1/goals/abc/evaluation",
                "/api/v1/goals/" + intent + "/evaluation", "/api/v1/indicators/findes-ikke/observations")) {
            MvcResult r = mvc.perform(get(path).with(user("laeser").roles("READER"))).andReturn();
            assertThat(r.getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(r.getResponse().getContentType()).as(path).startsWith("application/problem+json");
        }
        long goal = goalId("MEASURABLE", "At almene boliger skal udgøre minimum 20 pct.");
        MvcResult bad = mvc.perform(get("/api/v1/goals/" + goal + "/evaluation?asOf=31.03.2017")
                .with(user("laeser").roles("READER"))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void indicatorsAndObservationsAreListed() throws Exception {
        JsonNode indicators = getJson("/api/v1/indicators");
        List<String> codes = new ArrayList<>();
        indicators.forEach(i -> codes.add(i.path("code").asString()));
        assertThat(codes).containsAll(SeedIndicators.INDICATORS.stream().map(IndicatorView::code).toList());
        JsonNode skemaA = getJson("/api/v1/indicators/skema-a-tilsagn/observations");
        assertThat(skemaA).hasSize(8);
        JsonNode family = null;
        for (JsonNode o : skemaA) {
            if (o.path("period").asString().equals("2016-12-01") && o.path("dimensions").path("boligtype").asString().equals("familie")) {
                family = o;
            }
        }
        assertThat(family).isNotNull();
        assertThat(family.path("value").decimalValue()).isEqualByComparingTo("646");
        assertThat(family.path("sourceNote").asString()).contains("000_356a0ad18a236da2.txt linje 622");
    }

    JsonNode evaluation(String kind, String titleStart) throws Exception {
        return getJson("/api/v1/goals/" + goalId(kind, titleStart) + "/evaluation?asOf=" + AS_OF);
    }

    long goalId(String kind, String titleStart) throws Exception {
        for (JsonNode g : getJson("/api/v1/agreements/kk-bl1-2015-2018").path("goals")) {
            if (g.path("kind").asString().equals(kind) && g.path("title").asString().replaceAll("\\s+", " ").startsWith(titleStart)) {
                return g.path("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " goal " + titleStart);
    }

    /** The total observation with the latest period end on or before the date, of the given precision. */
    JsonNode latestTotal(String indicator, String precision, String onOrBefore) throws Exception {
        JsonNode latest = null;
        for (JsonNode o : getJson("/api/v1/indicators/" + indicator + "/observations")) {
            if (o.path("dimensions").isEmpty() && o.path("precision").asString().equals(precision)
                    && o.path("to").asString().compareTo(onOrBefore) <= 0) {
                latest = o;
            }
        }
        assertThat(latest).as(indicator).isNotNull();
        return latest;
    }

    JsonNode getJson(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(user("laeser").roles("READER"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path + " " + r.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(r.getResponse().getContentAsString());
    }
}
