package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint × {anonymous, READER, EDITOR of the owner, EDITOR of another organisation, DATA_STEWARD, ADMIN}.
 * ALLOWED means "not refused" (any answer but 401/403 and never a 5xx), DENIED is 403, LOGIN is 401 (API) or a
 * redirect to the login page. The SOF editor owns the evictions goal; the BL1 editor tries it by id.
 */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixIntegrationTests {

    enum Who { ANONYMOUS, READER, OWNER_EDITOR, OTHER_EDITOR, DATA_STEWARD, ADMIN }

    enum Expect { ALLOWED, DENIED, LOGIN }

    private static final Map<Who, String> ACCOUNT = Map.of(Who.READER, "laeser", Who.OWNER_EDITOR, "sof",
            Who.OTHER_EDITOR, "bl1", Who.DATA_STEWARD, "data", Who.ADMIN, "admin");
    private static final String AGREEMENT = "kk-bl1-2015-2018";
    private static final String API = "/api/v1/agreements/" + AGREEMENT;
    private static final String PAGES = "/aftaler/" + AGREEMENT;
    private static final String ROUND = "2024-Q1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Value("${almen.demo.password}")
    String password;

    private final Map<Who, MockHttpSession> sessions = new EnumMap<>(Who.class);

    @Test
    void everyEndpointForEveryRole() throws Exception {
        mvc.perform(post(API + "/rounds").with(httpBasic("admin", password)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"" + ROUND + "\",\"dueDate\":\"2024-03-15\"}")).andReturn();
        long owned = goalOwnedBy("SOF");
        long foreign = goalOwnedBy("BL1");
        String meetingBody = "{\"forum\":\"TMU\",\"date\":\"2024-04-10\",\"period\":\"" + ROUND + "\"}";
        long meeting = json.readTree(mvc.perform(post(API + "/meetings").with(httpBasic("admin", password))
                .contentType(MediaType.APPLICATION_JSON).content(meetingBody)).andReturn().getResponse()
                .getContentAsString()).path("id").asLong();
        Map<String, Row> rows = new LinkedHashMap<>();
        String[] readApi = {"/api/v1/agreements", API, API + "/rounds", API + "/rounds/" + ROUND + "/statuses",
                API + "/rounds/" + ROUND + "/statuses/" + owned, API + "/rounds/" + ROUND + "/summary",
                API + "/rounds/" + ROUND + "/quality", API + "/rounds/" + ROUND + "/changes",
                "/api/v1/periods/parse?text=2017", "/api/v1/me", "/api/v1/indicators",
                "/api/v1/indicators/" + firstIndicatorCode() + "/observations", "/api/v1/goals/" + owned + "/evaluation",
                API + "/export.csv", API + "/export.json", "/api/v1/goals/" + owned + "/decisions",
                "/api/v1/search?q=udsættelse", "/api/v1/goals/" + owned, "/api/v1/goals/" + owned + "/history",
                API + "/meetings", API + "/meetings/" + meeting + "/briefing"};
        for (String path : readApi) {
            rows.put("GET " + path, api(() -> get(path), "ALLOWED ALLOWED ALLOWED ALLOWED ALLOWED"));
        }
        String[] readPages = {"/", PAGES, PAGES + "/maal", PAGES + "/maal/" + owned, PAGES + "/bilag1",
                "/reports/" + AGREEMENT + "/" + ROUND + "/bilag1.html", PAGES + "/runder", PAGES + "/runder/" + ROUND,
                PAGES + "/runder/" + ROUND + "/kvalitet", PAGES + "/runder/" + ROUND + "/aendringer",
                "/perioder/fortolk?expectedFulfilment=2017", PAGES + "/indikatorer", PAGES + "/maal/" + owned + "/indikator",
                "/reports/" + AGREEMENT + "/2017-Q1/bilag1.pdf", "/reports/" + AGREEMENT + "/2017-Q1/bilag1.xlsx",
                "/reports/" + AGREEMENT + "/2017-Q1/bilag1.docx", "/reports/" + AGREEMENT + "/2017-Q1/redegoerelse.docx",
                "/reports/" + AGREEMENT + "/2017-Q1/redegoerelse.pdf", PAGES + "/redegoerelse/2017", "/soeg?q=udsættelse",
                PAGES + "/moeder", PAGES + "/moeder/" + meeting, PAGES + "/moeder/" + meeting + "/orientering.docx"};
        for (String path : readPages) {
            rows.put("GET " + path, page(() -> get(path), "ALLOWED ALLOWED ALLOWED ALLOWED ALLOWED"));
        }
        // reader, owner editor, other editor, data steward, admin
        rows.put("PUT own status", api(() -> putStatus(owned), "DENIED ALLOWED DENIED DENIED ALLOWED"));
        rows.put("PUT foreign status (guessed id)", api(() -> putStatus(foreign), "DENIED DENIED ALLOWED DENIED ALLOWED"));
        rows.put("GET status form", page(() -> get(PAGES + "/runder/" + ROUND + "/status/" + owned),
                "DENIED ALLOWED DENIED DENIED ALLOWED"));
        rows.put("POST status form", page(() -> post(PAGES + "/runder/" + ROUND + "/status/" + owned)
                .param("version", "999").param("statusText", "x"), "DENIED ALLOWED DENIED DENIED ALLOWED"));
        // The decision log (issue 13): the goal's owners and ADMIN record; the body is valid, so ALLOWED is a 201.
        String decision = "{\"date\":\"2017-01-02\",\"forum\":\"OTHER\",\"text\":\"Matrix.\"}";
        rows.put("POST own decision (API)", api(() -> post("/api/v1/goals/" + owned + "/decisions")
                .contentType(MediaType.APPLICATION_JSON).content(decision), "DENIED ALLOWED DENIED DENIED ALLOWED"));
        rows.put("POST foreign decision (API)", api(() -> post("/api/v1/goals/" + foreign + "/decisions")
                .contentType(MediaType.APPLICATION_JSON).content(decision), "DENIED DENIED ALLOWED DENIED ALLOWED"));
        rows.put("POST decision form", page(() -> post(PAGES + "/maal/" + owned + "/beslutninger").param("date", "2017-01-02")
                .param("forum", "OTHER").param("text", "Matrix."), "DENIED ALLOWED DENIED DENIED ALLOWED"));
        // Meetings of the fora (issue 13): ADMIN creates; the body is valid, so ALLOWED is a 201 (page: a redirect).
        rows.put("POST meeting (API)", api(() -> post(API + "/meetings").contentType(MediaType.APPLICATION_JSON)
                .content(meetingBody), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST meeting form", page(() -> post(PAGES + "/moeder").param("forum", "TMU").param("date", "2024-04-10")
                .param("period", ROUND), "DENIED DENIED DENIED DENIED ALLOWED"));
        // Goal maintenance (issue 13): ADMIN only; the bodies are refused (400/412), so nothing of the seed changes.
        for (String path : new String[] {"/api/v1/agreements", API + "/goals", API + "/goals/takeover",
                "/api/v1/goals/" + owned + "/move"}) {
            rows.put("POST " + path, api(() -> post(path).contentType(MediaType.APPLICATION_JSON).content("{}"),
                    "DENIED DENIED DENIED DENIED ALLOWED"));
        }
        rows.put("PUT goal (API)", api(() -> put("/api/v1/goals/" + owned).header("If-Match", "\"999\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"ANALYSIS\",\"theme\":1,\"title\":\"x\"}"),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST retire goal (API)", api(() -> post("/api/v1/goals/" + owned + "/retire").header("If-Match", "\"999\""),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        for (String path : new String[] {"/aftaler/ny", PAGES + "/maal/ny", PAGES + "/vedligehold",
                PAGES + "/maal/" + owned + "/rediger", PAGES + "/overtag"}) {
            rows.put("GET " + path + " (maintenance)", page(() -> get(path), "DENIED DENIED DENIED DENIED ALLOWED"));
        }
        rows.put("POST new agreement page", page(() -> post("/aftaler/ny"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST new goal page", page(() -> post(PAGES + "/maal/ny"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST edit goal page", page(() -> post(PAGES + "/maal/" + owned + "/rediger").param("version", "999"),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST retire goal page", page(() -> post(PAGES + "/maal/" + owned + "/udgaa").param("version", "999"),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST move goal page", page(() -> post(PAGES + "/maal/" + owned + "/flyt").param("retning", "x"),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST take over page", page(() -> post(PAGES + "/overtag"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST open round (API)", api(() -> post(API + "/rounds").contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"" + ROUND + "\",\"dueDate\":\"2024-03-15\"}"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST round state (API)", api(() -> post(API + "/rounds/" + ROUND + "/state")
                .contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"APPROVED\"}"),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST open round (page)", page(() -> post(PAGES + "/runder").param("period", ROUND)
                .param("dueDate", "2024-03-15"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST round state (page)", page(() -> post(PAGES + "/runder/" + ROUND + "/tilstand")
                .param("state", "APPROVED"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST import (API)", api(() -> multipart("/api/v1/imports/agreement-sheet")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n".getBytes())),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        String importId = rejectedObservationImport();
        rows.put("GET import report", api(() -> get("/api/v1/imports/" + importId),
                "DENIED DENIED DENIED ALLOWED ALLOWED"));
        // The one import page (issue 10) lists the datasets the user may import: the steward sees the observations.
        rows.put("GET import page", page(() -> get("/import"), "DENIED DENIED DENIED ALLOWED ALLOWED"));
        rows.put("GET sheet import page", page(() -> get("/import/agreement-sheet"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST sheet import page", page(() -> multipart("/import/agreement-sheet")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n".getBytes())),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("GET outbox page", page(() -> get("/udbakke"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("GET observations import page", page(() -> get("/import/observationer"),
                "DENIED DENIED DENIED ALLOWED ALLOWED"));
        rows.put("POST observations import page", page(() -> multipart("/import/observationer")
                .file(new MockMultipartFile("file", "o.csv", "text/csv", "indikator;periode;vaerdi\n".getBytes())),
                "DENIED DENIED DENIED ALLOWED ALLOWED"));
        // Operating costs (issue 11): sector figures for everyone, the departments' CSV only for whom may see them.
        rows.put("GET operating costs (API)", api(() -> get("/api/v1/housing/operating-costs"),
                "ALLOWED ALLOWED ALLOWED ALLOWED ALLOWED"));
        rows.put("GET operating costs page", page(() -> get("/data/driftsudgifter"),
                "ALLOWED ALLOWED ALLOWED ALLOWED ALLOWED"));
        rows.put("GET operating costs departments CSV", page(() -> get("/data/driftsudgifter.csv?niveau=afdelinger"),
                "DENIED DENIED DENIED ALLOWED ALLOWED"));
        rows.put("POST operating costs import", api(() -> multipart("/api/v1/imports/operating-costs")
                .file(new MockMultipartFile("file", "d.csv", "text/csv", "organisationsnr\n".getBytes())),
                "DENIED DENIED DENIED ALLOWED ALLOWED"));
        rows.put("GET reminder recipients page", page(() -> get("/modtagere"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST reminder recipient", page(() -> post("/modtagere/BL1").param("email", "kreds1@bl.dk.example"),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST observations import", api(() -> multipart("/api/v1/imports/observations")
                .file(new MockMultipartFile("file", "o.csv", "text/csv", "indikator;periode;vaerdi\n".getBytes())),
                "DENIED DENIED DENIED ALLOWED ALLOWED"));
        rows.put("POST redegørelse text", page(() -> post(PAGES + "/redegoerelse/2017").param("section", "FOCUS_POINTS")
                .param("text", "Særlige fokuspunkter"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("GET audit API", api(() -> get("/api/v1/audit"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("GET audit page", page(() -> get("/revision"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("GET tokens API", api(() -> get("/api/v1/tokens"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST tokens API", api(() -> post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"matrix\",\"role\":\"READER\",\"organisations\":[]}"),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("GET tokens page", page(() -> get("/api-noegler"), "DENIED DENIED DENIED DENIED ALLOWED"));
        // Public pages (issue 9): the accessibility statement is for everybody, anonymous visitors included.
        rows.put("GET accessibility statement", publicPage(() -> get("/tilgaengelighed")));
        // Publication (issue 13): ADMIN publishes; the public view answers everybody (404 while unpublished, then 200).
        rows.put("GET publication (API)", api(() -> get(API + "/publication"), "ALLOWED ALLOWED ALLOWED ALLOWED ALLOWED"));
        rows.put("GET publication page", page(() -> get(PAGES + "/offentliggoerelse"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST publication page", page(() -> post(PAGES + "/offentliggoerelse").param("published", "false"),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("PUT publication (API)", api(() -> put(API + "/publication").contentType(MediaType.APPLICATION_JSON)
                .content("{\"published\":true}"), "DENIED DENIED DENIED DENIED ALLOWED"));
        for (String path : List.of("/offentlig/" + AGREEMENT, "/offentlig/" + AGREEMENT + "/2017-Q1/bilag1.html",
                "/offentlig/" + AGREEMENT + "/2017-Q1/bilag1.pdf", "/offentlig/" + AGREEMENT + "/aabne-data.csv",
                "/offentlig/" + AGREEMENT + "/aabne-data.json")) {
            rows.put("GET " + path, publicPage(() -> get(path)));
        }
        // Indicators and targets (issue 13 item 2): the secretariat only. Bodies are refused after the role check (400),
        // so an ALLOWED row writes nothing.
        String indicatorCode = firstIndicatorCode();
        rows.put("GET target versions (API)", api(() -> get("/api/v1/goals/" + owned + "/target"),
                "ALLOWED ALLOWED ALLOWED ALLOWED ALLOWED"));
        rows.put("POST indicator (API)", api(() -> post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"matrix\"}"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("PUT indicator (API)", api(() -> put("/api/v1/indicators/" + indicatorCode)
                .contentType(MediaType.APPLICATION_JSON).content("{}"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("PUT target (API)", api(() -> put("/api/v1/goals/" + owned + "/target")
                .contentType(MediaType.APPLICATION_JSON).content("{}"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("GET indicators page", page(() -> get("/indikatorer"), "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("GET indicator edit page", page(() -> get("/indikatorer/" + indicatorCode),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST indicator form", page(() -> post("/indikatorer").param("code", "matrix"),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("POST indicator edit form", page(() -> post("/indikatorer/" + indicatorCode),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("GET target page", page(() -> get(PAGES + "/maal/" + owned + "/maaltal"),
                "ALLOWED ALLOWED ALLOWED ALLOWED ALLOWED"));
        rows.put("POST target form", page(() -> post(PAGES + "/maal/" + owned + "/maaltal"),
                "DENIED DENIED DENIED DENIED ALLOWED"));
        rows.put("GET actuator (beyond health)", page(() -> get("/actuator"), "DENIED DENIED DENIED DENIED ALLOWED"));

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Row> row : rows.entrySet()) {
            for (Who who : Who.values()) {
                Expect expected = row.getValue().expected.get(who);
                int status = perform(row.getValue(), who);
                if (!matches(expected, status, row.getValue().api)) {
                    failures.add(row.getKey() + " as " + who + ": expected " + expected + ", got " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private int perform(Row row, Who who) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = row.request.get();
        request.with(csrf());
        if (who != Who.ANONYMOUS) {
            if (row.api) {
                request.with(httpBasic(ACCOUNT.get(who), password));
            } else {
                request.session(session(who));
            }
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static boolean matches(Expect expected, int status, boolean api) {
        return switch (expected) {
            case ALLOWED -> status != 401 && status != 403 && status < 500;
            case DENIED -> status == 403;
            case LOGIN -> api ? status == 401 : status == 302;
        };
    }

    private MockHttpServletRequestBuilder putStatus(long goalId) {
        return put(API + "/rounds/" + ROUND + "/statuses/" + goalId).header("If-Match", "\"999\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"statusText\":\"Forsøg\"}");
    }

    private MockHttpSession session(Who who) throws Exception {
        MockHttpSession session = sessions.get(who);
        if (session == null) {
            session = (MockHttpSession) mvc.perform(formLogin("/login").user(ACCOUNT.get(who)).password(password))
                    .andReturn().getRequest().getSession(false);
            sessions.put(who, session);
        }
        return session;
    }

    /** The id of a stored import report, from a file the importer rejects (so no data changes). */
    private String rejectedObservationImport() throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/imports/observations")
                .file(new MockMultipartFile("file", "afvist.csv", "text/csv", "indikator;periode;vaerdi\nx;y;z\n".getBytes()))
                .with(httpBasic("admin", password))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        return json.readTree(result.getResponse().getContentAsString()).path("importId").asString();
    }

    private String firstIndicatorCode() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/indicators").with(httpBasic("laeser", password))).andReturn()
                .getResponse().getContentAsString()).get(0).path("code").asString();
    }

    private long goalOwnedBy(String code) throws Exception {
        JsonNode goals = json.readTree(mvc.perform(get(API).with(httpBasic("laeser", password))).andReturn()
                .getResponse().getContentAsString()).path("goals");
        for (JsonNode g : goals) {
            if (g.path("owners").size() == 1 && g.path("owners").get(0).asString().equals(code)) {
                return g.path("id").asLong();
            }
        }
        throw new AssertionError("no goal owned by " + code);
    }

    private static Row api(Supplier<AbstractMockHttpServletRequestBuilder<?>> request, String expected) {
        return new Row(request, true, expectations(expected));
    }

    private static Row page(Supplier<AbstractMockHttpServletRequestBuilder<?>> request, String expected) {
        return new Row(request, false, expectations(expected));
    }

    private static Row publicPage(Supplier<AbstractMockHttpServletRequestBuilder<?>> request) {
        Map<Who, Expect> everybody = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            everybody.put(who, Expect.ALLOWED);
        }
        return new Row(request, false, everybody);
    }

    private static Map<Who, Expect> expectations(String roles) {
        String[] parts = roles.split(" ");
        Map<Who, Expect> map = new EnumMap<>(Who.class);
        map.put(Who.ANONYMOUS, Expect.LOGIN);
        for (int i = 0; i < parts.length; i++) {
            map.put(Who.values()[i + 1], Expect.valueOf(parts[i]));
        }
        return map;
    }

    record Row(Supplier<AbstractMockHttpServletRequestBuilder<?>> request, boolean api, Map<Who, Expect> expected) {
    }
}
