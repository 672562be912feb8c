package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.SeedSheetAccess;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The redegørelse (DOCX and PDF) against the seed sheet, and the secretariat's texts: ADMIN only, CSRF, history. */
@SpringBootTest
@AutoConfigureMockMvc
class RedegoerelseIntegrationTests {

    private static final String AGREEMENT = "kk-bl1-2015-2018";

    @Autowired
    MockMvc mvc;
    @Autowired
    FollowUpQueries followUp;
    @Autowired
    dk.almenmonitor.indicator.IndicatorEvaluations indicators;

    @Test
    void docxHasTheComputedSentenceAndTheGoalLists() throws Exception {
        MvcResult result = download("/reports/" + AGREEMENT + "/2017-Q1/redegoerelse.docx", ReportDownloads.DOCX.toString());
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"redegoerelse-kk-bl1-2015-2018-2017-Q1.docx\"");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            String all = String.join("\n", paragraphs);
            assertThat(paragraphs).contains(expectedSentence());
            assertThat(all).contains("Aftalen indeholder desuden " + SeedSheetAccess.intents() + " hensigtserklæringer");
            List<String> bullets = paragraphs.stream().filter(p -> p.startsWith("• ")).toList();
            List<String> fulfilled = SeedSheetAccess.fulfilledConcreteTitles();
            assertThat(bullets).hasSameSizeAs(fulfilled);
            for (int i = 0; i < bullets.size(); i++) {
                assertThat(bullets.get(i)).startsWith("• " + fulfilled.get(i));
            }
            assertThat(all).containsSubsequence(SeedSheetAccess.measurableTitles());
            for (dk.almenmonitor.agreement.GoalView measurable : followUp.table(AGREEMENT, "2017-Q1").stream()
                    .map(GoalStatusRow::goal).filter(g -> g.kind() == dk.almenmonitor.agreement.GoalKind.MEASURABLE).toList()) {
                indicators.evaluate(measurable.id(), java.time.LocalDate.of(2017, 3, 31))
                        .ifPresent(e -> assertThat(all).as(measurable.title()).contains(e.explanation()));
            }
            assertThat(all).contains("19,9 %");
            for (GoalStatusRow overdue : overdueRows()) {
                assertThat(all).contains(overdue.goal().title());
                String reason = overdue.status().delayReason();
                assertThat(all).contains(reason == null || reason.isBlank() ? "Grund til forsinkelse: Ingen grund angivet"
                        : "Grund til forsinkelse: " + reason);
            }
        }
    }

    @Test
    void pdfHasTheSameContent() throws Exception {
        MvcResult result = download("/reports/" + AGREEMENT + "/2017-Q1/redegoerelse.pdf", "application/pdf");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/reports/redegoerelse-2017-Q1.pdf"),
                result.getResponse().getContentAsByteArray());
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String all = PdfText.of(pdf).all();
            assertThat(all).contains(PdfText.dense(expectedSentence()));
            assertThat(all).contains(PdfText.dense("Aftalen indeholder desuden " + SeedSheetAccess.intents() + " hensigtserklæringer"));
            assertThat(all).containsSubsequence(SeedSheetAccess.fulfilledConcreteTitles().stream().map(PdfText::dense).toList());
            assertThat(all).containsSubsequence(SeedSheetAccess.measurableTitles().stream().map(PdfText::dense).toList());
            assertThat(all).containsSubsequence(overdueRows().stream().map(r -> PdfText.dense(r.goal().title())).toList());
            assertThat(all).as("footer: the year without a thousands separator")
                    .contains(PdfText.dense("Redegørelse 2017 · Side 1 af " + pdf.getNumberOfPages()));
            // Tagged for screen readers (PDF/UA): structure tree, language, title shown instead of the file name.
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("da");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Redegørelse for Hovedaftale");
            assertThat(pdf.getDocumentInformation().getSubject()).endsWith("Status pr. 1. kvartal 2017");
            assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("<pdfuaid:part>1</pdfuaid:part>");
        }
    }

    @Test
    void onlyAdminWritesTextsWithCsrfAndEverySaveIsKept() throws Exception {
        String page = "/aftaler/" + AGREEMENT + "/redegoerelse/2016";
        assertThat(status(post(page).param("section", "FOCUS_POINTS").param("text", "x")
                .with(user("laeser").roles("READER")).with(csrf()))).isEqualTo(403);
        assertThat(status(post(page).param("section", "FOCUS_POINTS").param("text", "x")
                .with(user("tmf").roles("EDITOR")).with(csrf()))).isEqualTo(403);
        assertThat(status(post(page).param("section", "FOCUS_POINTS").param("text", "x")
                .with(user("admin").roles("ADMIN")))).isEqualTo(403);
        assertThat(status(post("/aftaler/" + AGREEMENT + "/redegoerelse/2500").param("section", "FOCUS_POINTS")
                .param("text", "x").with(user("admin").roles("ADMIN")).with(csrf()))).isEqualTo(404);
        assertThat(status(post(page).param("section", "NO_SUCH").param("text", "x")
                .with(user("admin").roles("ADMIN")).with(csrf()))).isEqualTo(400);
        assertThat(status(post(page).param("section", "FOCUS_POINTS").param("text", "x".repeat(ReportTexts.MAX_LENGTH + 1))
                .with(user("admin").roles("ADMIN")).with(csrf()))).isEqualTo(400);

        MvcResult tooLong = mvc.perform(post(page).param("section", "FOCUS_POINTS").param("text", "y".repeat(100_000))
                .with(user("admin").roles("ADMIN")).with(csrf())).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        Document refused = Jsoup.parse(tooLong.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#tekst-FOCUS_POINTS [role=alert]").text()).contains("20.000 tegn");
        assertThat(refused.select("#text-FOCUS_POINTS").text()).hasSize(ReportTexts.MAX_LENGTH);
        assertThat(refused.select("#text-FOCUS_POINTS").attr("aria-invalid")).isEqualTo("true");
        // A browser counts a line break as one character against maxlength but sends it as two ("\r\n").
        String fullWithLineBreaks = "ab\r\n".repeat(ReportTexts.MAX_LENGTH / 3);
        assertThat(fullWithLineBreaks.length()).isGreaterThan(ReportTexts.MAX_LENGTH);
        MvcResult full = mvc.perform(post(page).param("section", "APPENDIX_2").param("text", fullWithLineBreaks)
                .with(user("admin").roles("ADMIN")).with(csrf())).andReturn();
        assertThat(full.getResponse().getStatus()).isEqualTo(302);

        MvcResult first = mvc.perform(post(page).param("section", "FOCUS_POINTS").param("text", "Første udkast")
                .with(user("admin").roles("ADMIN")).with(csrf())).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).startsWith(page + "?gemt=FOCUS_POINTS");
        mvc.perform(post(page).param("section", "FOCUS_POINTS").param("text", "Fokus på „udsættelser“ – næste år")
                .with(user("admin2").roles("ADMIN")).with(csrf())).andReturn();

        Document adminPage = page(page, "admin", "ADMIN");
        assertThat(adminPage.select("#text-FOCUS_POINTS").text()).isEqualTo("Fokus på „udsættelser“ – næste år");
        assertThat(adminPage.select("#tekst-FOCUS_POINTS details li").eachText())
                .hasSize(2).anySatisfy(t -> assertThat(t).contains("admin2").contains("Fokus på „udsættelser“"))
                .anySatisfy(t -> assertThat(t).contains("Gemt af admin,").contains("Første udkast"));
        Document readerPage = page(page, "laeser", "READER");
        assertThat(readerPage.select("textarea")).isEmpty();
        assertThat(readerPage.select("#tekst-FOCUS_POINTS").text()).contains("Fokus på „udsættelser“ – næste år");

        MvcResult docx = download("/reports/" + AGREEMENT + "/2016-Q4/redegoerelse.docx", ReportDownloads.DOCX.toString());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSubsequence("Særlige fokuspunkter", "Fokus på „udsættelser“ – næste år");
        }
    }

    @Test
    void scriptInATextIsEscapedOnThePageAndInPdfAndDocx() throws Exception {
        String script = "<script>alert(1)</script>";
        String page = "/aftaler/" + AGREEMENT + "/redegoerelse/2017";
        mvc.perform(post(page).param("section", "APPENDIX_2").param("text", script)
                .with(user("admin").roles("ADMIN")).with(csrf())).andReturn();

        String html = mvc.perform(get(page).with(user("laeser").roles("READER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(script);
        assertThat(html).contains("<h1>Redegørelse 2017</h1>");
        try (PDDocument pdf = Loader.loadPDF(download("/reports/" + AGREEMENT + "/2017-Q1/redegoerelse.pdf",
                "application/pdf").getResponse().getContentAsByteArray())) {
            assertThat(PdfText.of(pdf).all()).contains(PdfText.dense("Bilag 2" + script));
        }
        byte[] docx = download("/reports/" + AGREEMENT + "/2017-Q1/redegoerelse.docx", ReportDownloads.DOCX.toString())
                .getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).containsSubsequence("Bilag 2", script);
        }
    }

    @Test
    void unknownRoundOrAgreementIs404() throws Exception {
        assertThat(status(get("/reports/" + AGREEMENT + "/2031-Q1/redegoerelse.pdf").with(user("laeser").roles("READER"))))
                .isEqualTo(404);
        assertThat(status(get("/aftaler/no-such/redegoerelse/2017").with(user("laeser").roles("READER")))).isEqualTo(404);
    }

    /** "Pr. 1. kvartal 2017 er 9 ud af 19 målsætninger indfriet." with both numbers counted in the seed sheet. */
    private static String expectedSentence() throws Exception {
        return "Pr. 1. kvartal 2017 er " + SeedSheetAccess.fulfilledConcreteTitles().size() + " ud af "
                + SeedSheetAccess.concreteGoals() + " målsætninger indfriet.";
    }

    private List<GoalStatusRow> overdueRows() {
        List<Long> ids = followUp.summary(AGREEMENT, "2017-Q1").overdue();
        List<GoalStatusRow> rows = followUp.table(AGREEMENT, "2017-Q1").stream().filter(r -> ids.contains(r.goal().id()))
                .collect(Collectors.toList());
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private Document page(String path, String name, String role) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(name).roles(role))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult download(String path, String contentType) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user("laeser").roles("READER"))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith(contentType);
        return result;
    }
}
