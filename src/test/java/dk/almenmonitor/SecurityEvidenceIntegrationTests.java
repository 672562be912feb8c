package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security evidence (issue 14 item 6, docs/operations.md "Security evidence in the build"), in one Spring context:
 * <ul>
 * <li>the XSS corpus ({@code security/xss-corpus.txt}) is written into every text field a user can write (and, through
 * the departments import, into housing organisation and department names), and every
 * GET mapping's answer stays inert: HTML without an injected element, attribute or script URL (jsoup), JSON that
 * parses, CSV and XLSX without a formula, DOCX and PDF with the payload as text and no active content, no template
 * expression evaluated anywhere;</li>
 * <li>every handler mapping is listed in {@code security/mappings.txt}: a new mapping fails until it is listed (and so
 * covered by the next two points);</li>
 * <li>every state-changing mapping refuses a session request without a CSRF token (403), and an API request whose
 * Basic credentials a browser attached to a cross-site or same-site request (docs/adr/0002); nothing changes;</li>
 * <li>no GET mapping changes the database (a checksum of every row of every table, before and after).</li>
 * </ul>
 */
/* Writes the corpus into the database: its context is not reused by later test classes. */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityEvidenceIntegrationTests {

    static final String AGREEMENT = "kk-xss-2024";
    static final String ROUND = "2024-Q1";
    static final String YEAR = "2024";
    static final String AREA = "KBH-TINGBJERG";
    static final String AREA_INDICATOR = "uden_uddannelse";
    static final String INDICATOR = "xss-probe";
    /** Appears in an answer only if a template payload was evaluated: no payload contains it. */
    static final String EVALUATED = "ZZTPL";

    /**
     * The tables left out of the checksum where requests are refused on purpose (the CSRF probes): a refusal is written
     * to the audit log, and an anonymous one counted per address, by design (docs/operations.md "Audit log"). The GET
     * walk leaves out nothing.
     */
    static final Set<String> AUDITED_REFUSALS = Set.of("audit.audit_event", "identity.audit_denial_window");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Value("${almen.demo.password}")
    String password;

    private Map<String, List<String>> corpus;
    private MockHttpSession admin;
    private final Map<String, String> vars = new LinkedHashMap<>();
    private final List<Long> formulaGoals = new ArrayList<>();

    // --- the corpus, written into every text field ------------------------------------------------------------------

    @BeforeAll
    void writeTheCorpusIntoEveryTextField() throws Exception {
        corpus = corpus();
        assertThat(all()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(corpus.get("filename")).isNotEmpty();
        admin = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password(password)).andReturn()
                .getRequest().getSession(false);

        // The agreement: name, parties and theme names.
        List<String> short200 = all().stream().filter(p -> p.strip().length() <= 200 && !p.isBlank()).toList();
        Map<String, Object> agreement = new LinkedHashMap<>();
        agreement.put("id", AGREEMENT);
        agreement.put("name", "Aftale " + chunks(markup(), 280, " ").get(0));
        agreement.put("parties", short200.subList(0, 20));
        List<Map<String, Object>> themes = new ArrayList<>();
        for (int i = 0; i < 30 && i < short200.size(); i++) {
            themes.add(Map.of("number", i + 1, "name", short200.get(short200.size() - 1 - i)));
        }
        agreement.put("themes", themes);
        agreement.put("validFrom", "2024-01-01");
        agreement.put("validTo", "2027-12-31");
        api(post("/api/v1/agreements"), agreement, 201);

        // Goals: one whose title and content hold the corpus, and one per formula payload (a cell that starts with it).
        // The redegørelse lists measurable goals and overdue ones: one of each holds the corpus.
        long goal = goal("MEASURABLE", "2026", chunks(markup(), 1_900, " ").get(0), String.join("\n", all()));
        long overdue = goal("ANALYSIS", "2023", chunks(markup(), 1_900, " ").get(1), String.join("\n", all()));
        for (String formula : corpus.get("formula")) {
            // "\t=1+1" and "\r=1+1" are stripped to the same title; the number keeps them apart
            formulaGoals.add(goal("ANALYSIS", "2026", formula + " (" + (formulaGoals.size() + 1) + ")", formula));
        }
        vars.put("goalId", String.valueOf(goal));

        // A round with statuses: status text, delay reason and expected fulfilment.
        api(post("/api/v1/agreements/" + AGREEMENT + "/rounds"), Map.of("period", ROUND, "dueDate", "2024-03-15"), 201);
        status(goal, String.join("\n", all()), chunks(all(), 1_900, "\n").get(0), "2026 " + corpus.get("markup").get(0));
        status(overdue, String.join("\n", all()), chunks(all(), 1_900, "\n").get(1), "2025 " + corpus.get("markup").get(1));
        List<String> delays = chunks(all(), 1_900, "\n");
        for (int i = 0; i < formulaGoals.size(); i++) {
            String formula = corpus.get("formula").get(i);
            status(formulaGoals.get(i), formula, i + 1 < delays.size() ? delays.get(i + 1) : formula, formula);
        }

        // Decisions (500 characters each, with a reference) and a meeting.
        for (String text : chunks(all(), 480, " ")) {
            api(post("/api/v1/goals/" + goal + "/decisions"),
                    Map.of("date", "2024-02-01", "forum", "OTHER", "text", text, "reference", text.substring(0,
                            Math.min(290, text.length()))), 201);
        }
        JsonNode meeting = api(post("/api/v1/agreements/" + AGREEMENT + "/meetings"),
                Map.of("forum", "TMU", "date", "2024-04-10", "period", ROUND), 201);
        vars.put("meetingId", meeting.path("id").asString());

        // The redegørelse's three sections (a page form).
        for (String section : List.of("INTRODUCTION", "FOCUS_POINTS", "APPENDIX_2")) {
            int status = mvc.perform(post("/aftaler/" + AGREEMENT + "/redegoerelse/" + YEAR).session(admin).with(csrf())
                    .param("section", section).param("text", String.join("\n", all()))).andReturn().getResponse()
                    .getStatus();
            assertThat(status).as(section).isLessThan(400);
        }

        // An indicator with hostile name, unit and source.
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", INDICATOR);
        indicator.put("name", chunks(markup(), 190, " ").get(0));
        indicator.put("unit", "%");
        indicator.put("decimals", 0);
        indicator.put("direction", "HIGHER_IS_BETTER");
        indicator.put("source", chunks(markup(), 190, " ").get(1));
        indicator.put("frequency", "YEAR");
        api(post("/api/v1/indicators"), indicator, 201);

        // An urban area's goal note (500 characters).
        api(put("/api/v1/areas/" + AREA + "/goals/" + AREA_INDICATOR),
                Map.of("kind", "HALVE_GAP", "dueYear", 2030, "note", chunks(markup(), 490, " ").get(0)), 200);

        // API token names (100 characters each; a control character is refused, so those payloads are left out).
        for (String name : chunks(all().stream().filter(p -> p.chars().noneMatch(Character::isISOControl)).toList(),
                100, " ")) {
            JsonNode token = api(post("/api/v1/tokens"), Map.of("name", name, "role", "READER"), 201);
            vars.putIfAbsent("tokenId", token.path("id").asString());
        }

        // Import file names (the import page and the import reports show them): rejected files change no data.
        List<String> names = new ArrayList<>(corpus.get("filename"));
        markup().stream().filter(p -> p.length() <= 120).limit(10).map(p -> p + ".csv").forEach(names::add);
        for (String name : names) {
            MvcResult r = mvc.perform(multipart("/api/v1/imports/observations").file(new MockMultipartFile("file", name,
                    "text/csv", "indikator;periode;vaerdi\nx;y;z\n".getBytes(StandardCharsets.UTF_8)))
                    .with(httpBasic("admin", password))).andReturn();
            assertThat(r.getResponse().getStatus()).as(name).isEqualTo(422);
            vars.putIfAbsent("importId", json.readTree(r.getResponse().getContentAsString()).path("importId").asString());
        }

        // Housing data (issue 14 item 7): organisation and department names from the corpus (one organisation and
        // department per payload), with heat and operating costs for each department, so that /data/varme and
        // /data/driftsudgifter (page and CSV) show the names.
        housingData();

        // The round is approved, reopened with a hostile reason and approved again, then published.
        roundState("IN_REVIEW", null);
        roundState("APPROVED", null);
        roundState("OPEN", chunks(all(), 950, " ").get(0));
        roundState("IN_REVIEW", null);
        roundState("APPROVED", null);
        api(put("/api/v1/agreements/" + AGREEMENT + "/publication"), Map.of("published", true), 200);

        vars.put("agreementId", AGREEMENT);
        vars.put("period", ROUND);
        vars.put("year", YEAR);
        vars.put("indicatorCode", INDICATOR);
        vars.put("areaCode", AREA);
        vars.put("page", "observationer");
        vars.put("dataset", "observations");
        vars.put("organisationCode", "BL1");
        vars.put("indicator", AREA_INDICATOR);
    }

    /** The departments import with the corpus in the text cells, and heat and operating costs for them. */
    private void housingData() throws Exception {
        List<String> names = all().stream().map(String::strip)
                .filter(p -> !p.isEmpty() && p.length() <= 200 && p.indexOf('\u0000') < 0).toList();
        StringBuilder departments = new StringBuilder("organisationsnr;organisationsnavn;afdelingsnr;afdelingsnavn\n");
        StringBuilder heat = new StringBuilder("organisationsnr;afdelingsnr;aar;mwh;opvarmet_areal_m2\n");
        StringBuilder costs = new StringBuilder("organisationsnr;afdelingsnr;aar;administration_kr;"
                + "vedligehold_fornyelse_kr;renholdelse_kr;forbrug_kr;oevrige_kr;areal_m2\n");
        for (int i = 0; i < names.size(); i++) {
            int organisation = 9000 + i;
            String name = names.get(i);
            departments.append(organisation).append(';').append(quoted(name)).append(";1;")
                    .append(quoted(names.get(names.size() - 1 - i))).append('\n');
            heat.append(organisation).append(";1;2024;").append(100 + i).append(";").append(1000 + 10 * i).append('\n');
            costs.append(organisation).append(";1;2024;").append(50_000 + i).append(";200000;30000;10000;5000;")
                    .append(2000 + 20 * i).append('\n');
        }
        importCsv("departments", departments.toString());
        importCsv("degree-days", "aar;graddage\n2024;2900\n");
        importCsv("heat", heat.toString());
        importCsv("operating-costs", costs.toString());
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private void importCsv(String dataset, String content) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/imports/" + dataset)
                .file(new MockMultipartFile("file", dataset + ".csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("admin", password))).andReturn().getResponse();
        assertThat(response.getStatus()).as(dataset + ": " + response.getContentAsString()).isLessThan(300);
    }

    // --- every mapping is listed ------------------------------------------------------------------------------------

    @Test
    void everyHandlerMappingIsListedSoThatANewOneIsCoveredOnPurpose() throws Exception {
        Set<String> listed = new TreeSet<>(listedMappings());
        Set<String> actual = new TreeSet<>(mappings().keySet());
        Set<String> unlisted = new TreeSet<>(actual);
        unlisted.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(actual);
        assertThat(unlisted).as("mappings missing from security/mappings.txt").isEmpty();
        assertThat(gone).as("listed in security/mappings.txt but no longer mapped").isEmpty();
    }

    // --- CSRF -------------------------------------------------------------------------------------------------------

    @Test
    void everyStateChangingMappingRefusesARequestWithoutCsrfToken() throws Exception {
        Map<String, String> before = checksums(AUDITED_REFUSALS);
        List<String> failures = new ArrayList<>();
        int probed = 0;
        int addresses = 0;
        for (Map.Entry<String, RequestMappingInfo> m : mappings().entrySet()) {
            String[] parts = m.getKey().split(" ", 2);
            if (parts[0].equals("GET") || parts[0].equals("ANY")) {
                continue;
            }
            HttpMethod method = HttpMethod.valueOf(parts[0]);
            String path = fill(parts[1]);
            boolean multipartBody = !m.getValue().getConsumesCondition().getConsumableMediaTypes().isEmpty()
                    && m.getValue().getConsumesCondition().getConsumableMediaTypes().iterator().next()
                    .includes(MediaType.MULTIPART_FORM_DATA);
            // 1. A logged-in browser session, no token: 403, and the audit log says it was for the CSRF token.
            long last = lastAuditId();
            int status = mvc.perform(stateChange(method, path, multipartBody).session(admin)).andReturn().getResponse()
                    .getStatus();
            probed++;
            if (status != 403) {
                failures.add(m.getKey() + " with a session and no token: " + status);
            } else if (!csrfRefusalAudited(last, path)) {
                failures.add(m.getKey() + ": 403, but not for the missing CSRF token");
            }
            // 2. API: Basic credentials a browser attached by itself to a forged request (docs/adr/0002). Such a caller
            // is anonymous when CSRF refuses it, and only an address's first anonymous refusal in the window is audited
            // in full: each probe comes from an address of its own (TEST-NET-1).
            if (path.startsWith("/api/")) {
                for (String site : List.of("cross-site", "same-site")) {
                    last = lastAuditId();
                    String address = "192.0.2." + (++addresses);
                    status = mvc.perform(stateChange(method, path, multipartBody).with(httpBasic("admin", password))
                            .with(r -> {
                                r.setRemoteAddr(address);
                                return r;
                            })
                            .header("Sec-Fetch-Site", site)).andReturn().getResponse().getStatus();
                    probed++;
                    if (status != 403) {
                        failures.add(m.getKey() + " with Basic and Sec-Fetch-Site " + site + ": " + status);
                    } else if (!csrfRefusalAudited(last, path)) {
                        failures.add(m.getKey() + " with Basic, " + site + ": 403, but not for the missing CSRF token");
                    }
                }
            }
        }
        // The filter chain's own state changes: logging in (login CSRF) and logging out.
        for (String path : List.of("/login", "/logout")) {
            int status = mvc.perform(post(path).session(admin).param("username", "admin").param("password", password))
                    .andReturn().getResponse().getStatus();
            probed++;
            if (status != 403) {
                failures.add("POST " + path + " without token: " + status);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(probed).isGreaterThan(60);
        assertThat(changed(before, checksums(AUDITED_REFUSALS))).as("tables changed by refused requests").isEmpty();
        // the session is still logged in: the refusals did not end it
        assertThat(mvc.perform(get("/api/v1/me").session(admin)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit.audit_event").query(Long.class).single();
    }

    private boolean csrfRefusalAudited(long after, String path) {
        return jdbc.sql("select count(*) from audit.audit_event where id > ? and action = 'AUTHORIZATION_DENIED' "
                + "and subject = ? and details ->> 'reason' = 'csrf'").params(after, path).query(Long.class).single() > 0;
    }

    private AbstractMockHttpServletRequestBuilder<?> stateChange(HttpMethod method, String path, boolean multipartBody) {
        if (multipartBody) {
            return multipart(method, path).file(new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n".getBytes()));
        }
        if (path.startsWith("/api/")) {
            return request(method, path).contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return request(method, path).param("text", "x");
    }

    // --- GET: no state change, and every answer inert ---------------------------------------------------------------

    @Test
    void noGetChangesStateAndEveryAnswerKeepsTheCorpusInert() throws Exception {
        Map<String, String> before = checksums(Set.of());
        List<String> failures = new ArrayList<>();
        Set<String> shown = new TreeSet<>();
        Map<String, Integer> statuses = new TreeMap<>();
        for (String key : mappings().keySet()) {
            if (!key.startsWith("GET ")) {
                continue;
            }
            for (String path : getPaths(key.substring(4))) {
                MvcResult result = mvc.perform(get(path).session(admin)).andReturn();
                MockHttpServletResponse response = result.getResponse();
                statuses.put(path, response.getStatus());
                if (response.getStatus() >= 500) {
                    failures.add(path + ": " + response.getStatus());
                    continue;
                }
                inspect(path, response, failures, shown);
            }
        }
        // The department-level operating-cost CSV is a parameter away from the mapping's path.
        String departmentCosts = "/data/driftsudgifter.csv?niveau=afdelinger";
        MockHttpServletResponse costs = mvc.perform(get(departmentCosts).session(admin)).andReturn().getResponse();
        assertThat(costs.getStatus()).isEqualTo(200);
        inspect(departmentCosts, costs, failures, shown);
        assertThat(failures).isEmpty();
        assertThat(changed(before, checksums(Set.of()))).as("tables changed by GET requests").isEmpty();
        // The walk reached the pages that show the corpus: each of these showed a payload as text.
        assertThat(shown).contains("/aftaler/" + AGREEMENT, "/aftaler/" + AGREEMENT + "/maal/" + vars.get("goalId"),
                "/reports/" + AGREEMENT + "/" + ROUND + "/bilag1.html", "/aftaler/" + AGREEMENT + "/runder/" + ROUND,
                "/aftaler/" + AGREEMENT + "/redegoerelse/" + YEAR, "/aftaler/" + AGREEMENT + "/moeder/" + vars.get("meetingId"),
                "/offentlig/" + AGREEMENT + "/" + ROUND + "/bilag1.html", "/import", "/api-noegler", "/indikatorer",
                "/omraader/" + AREA + "/koebenhavnerniveau",
                "/reports/" + AGREEMENT + "/" + ROUND + "/bilag1.pdf", "/reports/" + AGREEMENT + "/" + ROUND + "/bilag1.docx",
                "/reports/" + AGREEMENT + "/" + ROUND + "/bilag1.xlsx", "/reports/" + AGREEMENT + "/" + ROUND + "/redegoerelse.pdf",
                "/reports/" + AGREEMENT + "/" + ROUND + "/redegoerelse.docx",
                "/api/v1/agreements/" + AGREEMENT + "/export.csv", "/api/v1/agreements/" + AGREEMENT + "/export.json",
                "/data/varme", "/data/driftsudgifter", departmentCosts, "/api/v1/housing/heat",
                "/api/v1/housing/operating-costs");
        assertThat(statuses.values().stream().filter(s -> s == 200).count()).as(statuses.toString())
                .isGreaterThan(statuses.size() * 3 / 4);
    }

    @Test
    void searchQueriesAndPeriodTextsAreEchoedAsText() throws Exception {
        List<String> failures = new ArrayList<>();
        Set<String> shown = new TreeSet<>();
        for (String payload : all()) {
            if (payload.strip().length() > 200 || payload.isBlank()) {
                continue;
            }
            String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            for (String path : List.of("/soeg?q=" + q, "/api/v1/search?q=" + q, "/perioder/fortolk?expectedFulfilment=" + q,
                    "/api/v1/periods/parse?text=" + q)) {
                MockHttpServletResponse response = mvc.perform(get(path).session(admin)).andReturn().getResponse();
                if (response.getStatus() >= 500) {
                    failures.add(path + ": " + response.getStatus());
                } else {
                    inspect(path.substring(0, path.indexOf('?')), response, failures, shown);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(shown).contains("/soeg", "/api/v1/search");
    }

    /** The checks for one answer, by its content type; {@code shown} collects the paths that showed a payload. */
    private void inspect(String path, MockHttpServletResponse response, List<String> failures, Set<String> shown)
            throws Exception {
        String type = response.getContentType() == null ? "" : response.getContentType().toLowerCase(Locale.ROOT);
        byte[] body = response.getContentAsByteArray();
        String where = path + " (" + type + ")";
        if (type.startsWith("text/html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            html(where, Jsoup.parse(html), failures);
            noEvaluation(where, html, failures);
            String text = Jsoup.parse(html).text();
            asText(where, text, failures);
            if (text.contains("alert('XSS-") || text.contains("XSS-F")) {
                shown.add(path);
            }
        } else if (type.contains("json")) {
            String text = new String(body, StandardCharsets.UTF_8);
            noEvaluation(where, text, failures);
            JsonNode node = json.readTree(text);
            if (node.toString().contains("alert('XSS-")) {
                shown.add(path);
            }
        } else if (type.startsWith("text/csv")) {
            String text = new String(body, StandardCharsets.UTF_8);
            noEvaluation(where, text, failures);
            if (csv(where, text, failures)) {
                shown.add(path);
            }
        } else if (type.startsWith("application/pdf")) {
            if (pdf(where, body, failures)) {
                shown.add(path);
            }
        } else if (type.contains("spreadsheetml")) {
            if (xlsx(where, body, failures)) {
                shown.add(path);
            }
        } else if (type.contains("wordprocessingml")) {
            if (docx(where, body, failures)) {
                shown.add(path);
            }
        } else {
            noEvaluation(where, new String(body, StandardCharsets.UTF_8), failures);
        }
    }

    private static final Set<String> NEVER = Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "base",
            "math", "foreignobject", "animate", "set", "marquee", "xss-probe", "noscript");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "poster", "background", "ping", "cite", "srcset");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    /** No element or attribute that could run script or load something foreign came from the corpus. */
    static void html(String where, Document doc, List<String> failures) {
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            boolean inHead = e.closest("head") != null;
            if (NEVER.contains(tag)) {
                failures.add(where + ": <" + tag + "> element");
            }
            if (tag.equals("script") && (!e.hasAttr("src") || !e.attr("src").startsWith("/") || e.attr("src").startsWith("//")
                    || !e.data().isBlank())) {
                failures.add(where + ": script " + e.outerHtml());
            }
            if ((tag.equals("meta") || tag.equals("link") || tag.equals("style")) && !inHead) {
                failures.add(where + ": <" + tag + "> outside the head: " + e.outerHtml());
            }
            if (tag.equals("style")) {
                failures.add(where + ": inline <style>");
            }
            if (tag.equals("img") && !(e.attr("src").startsWith("/") && !e.attr("src").startsWith("//"))
                    && !e.attr("src").startsWith("data:image/")) {
                failures.add(where + ": foreign image " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue();
                String flat = value.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("srcdoc") || name.equals("style") || name.contains("xss")) {
                    failures.add(where + ": attribute " + name + " on <" + tag + ">");
                }
                if (URL_ATTRIBUTES.contains(name)) {
                    Matcher scheme = SCHEME.matcher(flat);
                    if (scheme.find() && !Set.of("http", "https", "mailto").contains(scheme.group(1))
                            && !(flat.startsWith("data:image/") && tag.equals("img"))) {
                        failures.add(where + ": " + name + "=\"" + value + "\" on <" + tag + ">");
                    }
                    if (flat.startsWith("//") || flat.contains("evil.example")) {
                        failures.add(where + ": foreign " + name + "=\"" + value + "\"");
                    }
                }
                if ((name.startsWith("hx-") || name.startsWith("data-hx-")) && value.contains("XSS")) {
                    failures.add(where + ": htmx attribute from the corpus " + name);
                }
                if ((name.equals("class") || name.equals("id")) && value.toLowerCase(Locale.ROOT).contains("xss")) {
                    failures.add(where + ": element injected by the corpus " + e.outerHtml());
                }
            }
        }
    }

    private static void noEvaluation(String where, String text, List<String> failures) {
        if (text.contains(EVALUATED)) {
            failures.add(where + ": a template expression was evaluated");
        }
    }

    /** Every field a spreadsheet would take for a formula starts with {@code '}; true when a payload is in it. */
    private static boolean csv(String where, String text, List<String> failures) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        boolean shown = false;
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(body))) {
            for (String field : record) {
                if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 && !field.matches("[-+]?[0-9.,]+( ?%)?")) {
                    failures.add(where + ": formula field " + field);
                }
                shown |= field.contains("XSS-") || field.startsWith("'=");
            }
        }
        return shown;
    }

    /** No formula cell; a text a spreadsheet would take for a formula is a quote-prefixed string cell. */
    private static boolean xlsx(String where, byte[] body, List<String> failures) throws IOException {
        boolean shown = false;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            failures.add(where + ": formula cell " + cell.getAddress() + " " + cell.getCellFormula());
                        } else if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                                    && !cell.getCellStyle().getQuotePrefixed()) {
                                failures.add(where + ": cell " + cell.getAddress() + " without quote prefix: " + text);
                            }
                            shown |= text.contains("XSS-") || text.startsWith("=cmd");
                        }
                    }
                }
            }
        }
        return shown;
    }

    /** The payloads are text: no field, no script link, the text shown as typed. */
    private static boolean docx(String where, byte[] body, List<String> failures) throws IOException {
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String part = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().endsWith(".rels")) {
                    for (Element rel : Jsoup.parse(part, Parser.xmlParser()).select("Relationship")) {
                        String target = rel.attr("Target").toLowerCase(Locale.ROOT);
                        if (target.startsWith("javascript:") || target.contains("evil.example")) {
                            failures.add(where + ": relationship to " + target);
                        }
                    }
                } else if (entry.getName().endsWith(".xml")) {
                    Document xml = Jsoup.parse(part, Parser.xmlParser());
                    for (Element field : xml.select("w|instrText, w|fldSimple, w|ddeLink")) {
                        String code = field.text() + field.attr("w:instr");
                        if (code.contains("XSS") || code.toUpperCase(Locale.ROOT).contains("DDE") || code.contains("cmd")) {
                            failures.add(where + ": field from the corpus in " + entry.getName() + ": " + code);
                        }
                    }
                    if (xml.select("script, w|altChunk").size() > 0) {
                        failures.add(where + ": active content in " + entry.getName());
                    }
                }
            }
        }
        asText(where, text, failures);
        return text.contains("<script>alert('XSS-");
    }

    /** The bold payload's text never stands without its tag before it: the tag was shown, not interpreted. */
    private static void asText(String where, String text, List<String> failures) {
        String inner = dense("XSS-46 fed skrift");
        String whole = dense("<b class=\"xssprobe\" id=\"xss-46\">XSS-46 fed skrift");
        String t = dense(text);
        int inners = t.split(Pattern.quote(inner), -1).length - 1;
        int wholes = t.split(Pattern.quote(whole), -1).length - 1;
        if (inners != wholes) {
            failures.add(where + ": markup interpreted (" + (inners - wholes) + " of " + inners + " without the tag)");
        }
    }

    private static String dense(String text) {
        return text.replaceAll("\\s", "");
    }

    /** No JavaScript, no action that opens or runs something; the payload stands in the text. */
    private static boolean pdf(String where, byte[] body, List<String> failures) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(body)) {
            var catalog = pdf.getDocumentCatalog();
            if (catalog.getOpenAction() != null) {
                failures.add(where + ": open action");
            }
            if (catalog.getNames() != null && catalog.getNames().getJavaScript() != null) {
                failures.add(where + ": document JavaScript");
            }
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDAction action = link.getAction();
                        if (action instanceof PDActionJavaScript) {
                            failures.add(where + ": JavaScript link");
                        } else if (action instanceof PDActionURI uri && uri.getURI() != null
                                && !uri.getURI().toLowerCase(Locale.ROOT).matches("^(https?|mailto):.*")) {
                            failures.add(where + ": link to " + uri.getURI());
                        } else if (action != null && !(action instanceof PDActionURI)) {
                            failures.add(where + ": link action " + action.getType());
                        }
                    }
                }
            }
            String text = new PDFTextStripper().getText(pdf);
            asText(where, text, failures);
            return dense(text).contains(dense("<script>alert('XSS-01')</script>"));
        }
    }

    // --- the database, table by table -------------------------------------------------------------------------------

    /** Per table of every schema but PostgreSQL's own: the row count and a digest of every row. */
    private Map<String, String> checksums(Set<String> excluded) {
        List<String> tables = jdbc.sql("select table_schema || '.' || table_name from information_schema.tables "
                + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') "
                + "and table_schema not like 'pg_toast%' order by 1").query(String.class).list();
        Map<String, String> sums = new TreeMap<>();
        for (String table : tables) {
            if (excluded.contains(table)) {
                continue;
            }
            String[] parts = table.split("\\.", 2);
            String quoted = "\"" + parts[0] + "\".\"" + parts[1] + "\"";
            sums.put(table, jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by "
                    + "md5(t::text))), '') from " + quoted + " t").query(String.class).single());
        }
        assertThat(sums).isNotEmpty();
        return sums;
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : new TreeSet<>(after.keySet())) {
            if (!after.get(table).equals(before.get(table))) {
                changed.add(table + ": " + before.get(table) + " → " + after.get(table));
            }
        }
        return changed;
    }

    // --- mappings and their paths -----------------------------------------------------------------------------------

    /** "METHOD /pattern" (ANY for a mapping without a method) of every controller method. */
    private Map<String, RequestMappingInfo> mappings() {
        Map<String, RequestMappingInfo> all = new TreeMap<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = e.getKey();
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String method : methods) {
                    for (String pattern : info.getPatternValues()) {
                        all.put(method + " " + pattern, info);
                    }
                }
            }
        }
        return all;
    }

    private static List<String> listedMappings() throws IOException {
        List<String> listed = new ArrayList<>();
        for (String line : new String(new ClassPathResource("security/mappings.txt").getContentAsByteArray(),
                StandardCharsets.UTF_8).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                listed.add(l.replaceAll("\\s+#.*$", "").replaceAll("\\s+", " "));
            }
        }
        return listed;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}");

    /** The pattern with its variables filled from the corpus's data; an unknown variable fails the test. */
    private String fill(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "code" -> pattern.startsWith("/omraader") || pattern.startsWith("/api/v1/areas")
                        ? vars.get("areaCode") : vars.get("indicatorCode");
                case "id" -> pattern.contains("token") || pattern.contains("api-noegler")
                        ? vars.get("tokenId") : vars.get("meetingId");
                default -> vars.get(name);
            };
            assertThat(value).as("a value for {" + name + "} in " + pattern).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The paths a GET pattern is called with: filled, and with the seed agreement (and its rounds) as well. */
    private List<String> getPaths(String pattern) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add(fill(pattern));
        // Documents (PDF, DOCX, XLSX) of the seed agreement are left to the report tests: they are the slow part.
        if (pattern.contains("{agreementId}") && !pattern.contains("{id}") && !pattern.contains("{goalId}")
                && !pattern.matches(".*\\.(pdf|docx|xlsx)$")) {
            String seed = fill(pattern).replace(AGREEMENT, "kk-bl1-2015-2018").replace(ROUND, "2017-Q1")
                    .replace("/" + YEAR, "/2017");
            paths.add(seed);
        }
        return new ArrayList<>(paths);
    }

    // --- writing through the API ------------------------------------------------------------------------------------

    private long goal(String kind, String deadline, String title, String content) throws Exception {
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("kind", kind);
        goal.put("theme", 1);
        goal.put("title", title);
        goal.put("content", content);
        goal.put("deadline", deadline);
        goal.put("owners", List.of("TMF"));
        return api(post("/api/v1/agreements/" + AGREEMENT + "/goals"), goal, 201).path("id").asLong();
    }

    private void status(long goal, String statusText, String delayReason, String expectedFulfilment) throws Exception {
        String url = "/api/v1/agreements/" + AGREEMENT + "/rounds/" + ROUND + "/statuses/" + goal;
        MockHttpServletResponse current = mvc.perform(get(url).with(httpBasic("admin", password))).andReturn().getResponse();
        assertThat(current.getStatus()).as(current.getContentAsString()).isEqualTo(200);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusText", statusText);
        body.put("delayReason", delayReason);
        body.put("expectedFulfilment", expectedFulfilment);
        api(put(url).header("If-Match", current.getHeader("ETag")), body, 200);
    }

    private void roundState(String state, String reason) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        if (reason != null) {
            body.put("reason", reason);
        }
        api(post("/api/v1/agreements/" + AGREEMENT + "/rounds/" + ROUND + "/state"), body, 200);
    }

    private JsonNode api(MockHttpServletRequestBuilder request, Object body, int expected) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic("admin", password))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn().getResponse();
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(request + " " + text).isEqualTo(expected);
        return text.isEmpty() ? json.createObjectNode() : json.readTree(text);
    }

    // --- the corpus -------------------------------------------------------------------------------------------------

    private List<String> all() {
        return corpus.values().stream().flatMap(List::stream).toList();
    }

    private List<String> markup() {
        return corpus.get("markup");
    }

    /** The payloads packed into texts of at most {@code max} characters, joined by {@code separator}. */
    static List<String> chunks(List<String> payloads, int max, String separator) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String p : payloads) {
            if (p.length() > max) {
                continue;
            }
            if (current.length() > 0 && current.length() + separator.length() + p.length() > max) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(separator);
            }
            current.append(p);
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    static Map<String, List<String>> corpus() throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = "markup";
        try (var reader = new java.io.BufferedReader(new InputStreamReader(
                new ClassPathResource("security/xss-corpus.txt").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.matches("\\[[a-z]+]")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                sections.computeIfAbsent(section, s -> new ArrayList<>()).add(unescape(line));
            }
        }
        return sections;
    }

    private static String unescape(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(i + 1);
                switch (n) {
                    case 't' -> { out.append('\t'); i++; }
                    case 'r' -> { out.append('\r'); i++; }
                    case 'n' -> { out.append('\n'); i++; }
                    case '\\' -> { out.append('\\'); i++; }
                    case 'u' -> { out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16)); i += 5; }
                    default -> out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
