package dk.almenmonitor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The read API against the embedded seed agreement; expectations are computed from the seed sheet itself. */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpApiIntegrationTests {

    private static final String BASE = "/api/v1/agreements/kk-bl1-2015-2018";

    /** When each deadline written in the sheet ends, read by a person — independent of the project's parser. */
    private static final Map<String, LocalDate> DEADLINE_END = Map.of(
            "1. halvdel 2015", LocalDate.of(2015, 6, 30), "2015", LocalDate.of(2015, 12, 31),
            "2015 / 2016", LocalDate.of(2016, 12, 31), "1. halvdel 2016", LocalDate.of(2016, 6, 30),
            "2016", LocalDate.of(2016, 12, 31), "2017", LocalDate.of(2017, 12, 31),
            "Inden 2018", LocalDate.of(2017, 12, 31), "2015-2018", LocalDate.of(2018, 12, 31),
            "2015-2016", LocalDate.of(2016, 12, 31), "2015-2017", LocalDate.of(2017, 12, 31));

    private static final Map<String, String> ACHIEVEMENT = Map.of(
            "Opfyldt", "FULFILLED", "I proces", "IN_PROGRESS", "Indtænkes", "CONSIDERED", "Ikke opfyldt", "NOT_FULFILLED");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void summaryReproducesTheSeedMemoFromTheRows() throws Exception {
        List<SeedSheet.Row> rows = SeedSheet.goalRows();
        JsonNode summary = getJson(BASE + "/rounds/2017-Q1/summary");

        assertThat(summary.path("concreteGoals").asInt()).isEqualTo(19)
                .isEqualTo(rows.stream().filter(SeedSheet.Row::concrete).count());
        assertThat(summary.path("concreteFulfilled").asInt()).isEqualTo(9)
                .isEqualTo(rows.stream().filter(r -> r.concrete() && r.achievement().equals("Opfyldt")).count());
        assertThat(summary.path("intents").asInt()).isEqualTo(20)
                .isEqualTo(rows.stream().filter(r -> !r.concrete()).count());
        Map<String, Map<String, Integer>> expectedByKind = new HashMap<>();
        for (SeedSheet.Row r : rows) {
            expectedByKind.computeIfAbsent(r.section(), k -> new HashMap<>())
                    .merge(ACHIEVEMENT.get(r.achievement()), 1, Integer::sum);
        }
        expectedByKind.forEach((kind, counts) -> counts.forEach((achievement, n) ->
                assertThat(summary.path("byKind").path(kind).path(achievement).asInt())
                        .as(kind + " " + achievement).isEqualTo(n)));
    }

    @Test
    void overdueGoalsFollowFromDeadlinesAndAchievements() throws Exception {
        LocalDate q1Start = LocalDate.of(2017, 1, 1);
        List<SeedSheet.Row> rows = SeedSheet.goalRows();
        Set<String> expectedOverdue = rows.stream()
                .filter(r -> DEADLINE_END.get(r.deadline()).isBefore(q1Start) && !r.achievement().equals("Opfyldt"))
                .map(SeedSheet.Row::title).collect(Collectors.toSet());
        Set<String> expectedWithoutReason = rows.stream()
                .filter(r -> expectedOverdue.contains(r.title()) && r.delayReason().isBlank())
                .map(SeedSheet.Row::title).collect(Collectors.toSet());
        Map<Long, String> titles = goalTitles();

        JsonNode summary = getJson(BASE + "/rounds/2017-Q1/summary");

        assertThat(titlesOf(summary.path("overdue"), titles)).isEqualTo(expectedOverdue).hasSize(5);
        assertThat(titlesOf(summary.path("overdueWithoutReason"), titles)).isEqualTo(expectedWithoutReason).hasSize(2);
    }

    @Test
    void unchangedMeansUaendretOrTheSameTextAsLastQuarter() throws Exception {
        Set<String> expected = SeedSheet.goalRows().stream()
                .filter(r -> r.q1().equals("Uændret") || r.q1().trim().equals(r.q4().trim()))
                .map(SeedSheet.Row::title).collect(Collectors.toSet());
        JsonNode statuses = getJson(BASE + "/rounds/2017-Q1/statuses");
        Map<Long, String> titles = goalTitles();
        List<String> unchanged = new ArrayList<>();
        for (JsonNode s : statuses) {
            if (s.path("unchanged").asBoolean()) {
                unchanged.add(titles.get(s.path("goalId").asLong()));
            }
        }
        assertThat(Set.copyOf(unchanged)).isEqualTo(expected);
        assertThat(statuses).hasSize(39);
    }

    @Test
    void agreementHasGoalsWithParsedOwnersAndTheLinkedSplitGoal() throws Exception {
        JsonNode agreement = getJson(BASE);
        assertThat(agreement.path("goals")).hasSize(39);
        JsonNode first = agreement.path("goals").get(0);
        assertThat(first.path("kind").asString()).isEqualTo("ANALYSIS");
        assertThat(first.path("owners").toString()).isEqualTo("[\"TMF\",\"SUF\"]");
        assertThat(first.path("deadline").path("text").asString()).isEqualTo("1. halvdel 2015");
        List<JsonNode> linked = new ArrayList<>();
        agreement.path("goals").forEach(g -> {
            if (!g.path("relatedGoalId").isNull()) {
                linked.add(g);
            }
        });
        assertThat(linked).hasSize(2);
        assertThat(linked.get(0).path("title").asString()).isEqualTo(linked.get(1).path("title").asString());
        assertThat(linked.get(0).path("relatedGoalId").asLong()).isEqualTo(linked.get(1).path("id").asLong());
    }

    @Test
    void roundsAreTheSheetsStatusColumnsAndApproved() throws Exception {
        JsonNode rounds = getJson(BASE + "/rounds");
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0).path("period").asString()).isEqualTo("2016-Q4");
        assertThat(rounds.get(1).path("period").asString()).isEqualTo("2017-Q1");
        assertThat(rounds.get(1).path("state").asString()).isEqualTo("APPROVED");
    }

    @Test
    void olderRoundHasTextOnlyWithAchievementNotRecorded() throws Exception {
        JsonNode statuses = getJson(BASE + "/rounds/2016-Q4/statuses");
        assertThat(statuses).hasSize(39);
        statuses.forEach(s -> assertThat(s.path("achievement").isNull()).isTrue());
    }

    @Test
    void qualityCheckListsMeasurableGoalsWhoseAchievementDisagreesWithTheData() throws Exception {
        JsonNode quality = getJson(BASE + "/rounds/2017-Q1/quality");
        Map<Long, String> titles = goalTitles();
        JsonNode listed = quality.path("disagreesWithData");
        assertThat(titlesOf(listedIds(listed), titles)).anyMatch(t -> t.startsWith("At der i 2015 og 2016 gives tilsagn"));
        JsonNode statuses = getJson(BASE + "/rounds/2017-Q1/statuses");
        for (JsonNode item : listed) {
            long goalId = item.path("goalId").asLong();
            JsonNode evaluation = getJson("/api/v1/goals/" + goalId + "/evaluation?asOf=2017-03-31");
            String owner = null;
            for (JsonNode s : statuses) {
                if (s.path("goalId").asLong() == goalId) {
                    owner = s.path("achievement").asString();
                }
            }
            assertThat(evaluation.path("status").asString()).as(item.path("title").asString()).isNotEqualTo("NO_DATA");
            assertThat(item.path("message").asString()).contains(evaluation.path("explanation").asString());
            assertThat(owner).isNotNull();
        }
    }

    private static JsonNode listedIds(JsonNode items) {
        tools.jackson.databind.node.ArrayNode ids = tools.jackson.databind.json.JsonMapper.builder().build().createArrayNode();
        items.forEach(i -> ids.add(i.path("goalId").asLong()));
        return ids;
    }

    @Test
    void unknownIdsAnswer404ProblemJson() throws Exception {
        for (String path : List.of("/api/v1/agreements/nope", "/api/v1/agreements/nope/rounds",
                BASE + "/rounds/2030-Q1/summary", "/api/v1/imports/00000000-0000-0000-0000-000000000000",
                "/api/v1/imports/ikke-et-id")) {
            // import reports are for those who import; the rest is for every reader
            String role = path.startsWith("/api/v1/imports/") ? "DATA_STEWARD" : "READER";
            MvcResult result = mvc.perform(get(path).with(user("laeser").roles(role))).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(result.getResponse().getContentType()).as(path).startsWith("application/problem+json");
        }
        MvcResult bad = mvc.perform(get(BASE + "/rounds/2017-K9/summary").with(user("laeser").roles("READER"))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    }

    private Map<Long, String> goalTitles() throws Exception {
        Map<Long, String> titles = new HashMap<>();
        getJson(BASE).path("goals").forEach(g -> titles.put(g.path("id").asLong(), g.path("title").asString()));
        return titles;
    }

    private static Set<String> titlesOf(JsonNode ids, Map<Long, String> titles) {
        Set<String> result = new java.util.HashSet<>();
        ids.forEach(id -> result.add(titles.get(id.asLong())));
        return result;
    }

    private JsonNode getJson(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user("laeser").roles("READER"))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }
}
