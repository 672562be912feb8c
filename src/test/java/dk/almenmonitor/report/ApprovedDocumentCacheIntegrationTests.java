package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;

import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundManagement;
import dk.almenmonitor.followup.RoundState;
import dk.almenmonitor.followup.StatusEditing;
import dk.almenmonitor.followup.StatusInput;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Documents of approved rounds are rendered once per version and answer If-None-Match with 304 (docs/adr/0020); a
 * reopening, a status edit and a re-approval give new content and a new ETag; open rounds are rendered per request and
 * not stored. The render counts come from {@link DocumentCache}, not from timing. Reopens the seed round, so the
 * context is not shared with other test classes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ApprovedDocumentCacheIntegrationTests {

    private static final String AGREEMENT = "kk-bl1-2015-2018";
    private static final String PERIOD = "2017-Q1";
    private static final String BASE = "/reports/" + AGREEMENT + "/" + PERIOD + "/";
    private static final CurrentUser ADMIN = new CurrentUser("admin", "Sekretariatet", Role.ADMIN, Set.of());

    @Autowired
    MockMvc mvc;
    @Autowired
    DocumentCache cache;
    @Autowired
    RoundManagement rounds;
    @Autowired
    StatusEditing editing;
    @Autowired
    FollowUpQueries followUp;
    @Autowired
    ReportTexts texts;
    @Autowired
    dk.almenmonitor.agreement.GoalEditing goals;
    @Autowired
    dk.almenmonitor.publication.Publications publications;

    @Test
    void anApprovedRoundsPageIsRenderedOnceForEveryReaderAndAnswers304() throws Exception {
        long before = cache.renders(DocumentCache.Kind.BILAG1_HTML);
        MockHttpSession readerSession = new MockHttpSession();
        MvcResult reader = mvc.perform(get(BASE + "bilag1.html").session(readerSession)
                .with(user("laeser").roles("READER"))).andReturn();
        MvcResult admin = mvc.perform(get(BASE + "bilag1.html").with(user("admin").roles("ADMIN"))).andReturn();
        MvcResult readerAgain = mvc.perform(get(BASE + "bilag1.html").session(readerSession)
                .with(user("laeser").roles("READER"))).andReturn();

        assertThat(cache.renders(DocumentCache.Kind.BILAG1_HTML) - before).as("renders for three requests").isLessThanOrEqualTo(1);
        assertThat(reader.getResponse().getStatus()).isEqualTo(200);
        assertThat(reader.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(reader.getResponse().getHeader("Pragma")).isNull();
        String etag = reader.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"b1h-");
        assertThat(readerAgain.getResponse().getHeader("ETag")).isEqualTo(etag);
        // The layout is the reader's own: another user's page has their navigation and another ETag.
        assertThat(admin.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        var readerPage = Jsoup.parse(reader.getResponse().getContentAsString());
        var adminPage = Jsoup.parse(admin.getResponse().getContentAsString());
        assertThat(readerPage.select("a[href=/revision]")).isEmpty();
        assertThat(adminPage.select("a[href=/revision]")).isNotEmpty();
        assertThat(readerPage.select("main").outerHtml()).isEqualTo(adminPage.select("main").outerHtml());
        assertThat(readerPage.select("tr.bilag1__goal")).hasSize(39);
        assertThat(readerPage.select("main")).hasSize(1);
        assertThat(readerPage.select("title").text()).startsWith("Bilag 1");
        // The logout form carries this request's CSRF token, and it works.
        String token = readerPage.select("header.header form.header__logout input[name=_csrf]").attr("value");
        assertThat(token).isNotBlank().doesNotContain("placeholder");
        assertThat(Jsoup.parse(readerAgain.getResponse().getContentAsString())
                .select("form.header__logout input[name=_csrf]").attr("value")).isNotBlank();

        MvcResult notModified = mvc.perform(get(BASE + "bilag1.html").session(readerSession)
                .with(user("laeser").roles("READER")).header("If-None-Match", etag)).andReturn();
        assertThat(notModified.getResponse().getStatus()).isEqualTo(304);
        assertThat(notModified.getResponse().getHeader("ETag")).isEqualTo(etag);
        assertThat(notModified.getResponse().getContentAsByteArray()).isEmpty();
        // Another session (a new login) never gets the old page back: its logout form would carry a dead CSRF token.
        MvcResult newSession = mvc.perform(get(BASE + "bilag1.html").session(new MockHttpSession())
                .with(user("laeser").roles("READER")).header("If-None-Match", etag)).andReturn();
        assertThat(newSession.getResponse().getStatus()).isEqualTo(200);

        MvcResult logout = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout")
                .session(readerSession).with(user("laeser").roles("READER")).param("_csrf", token)).andReturn();
        assertThat(logout.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");

        for (String format : new String[] {"pdf", "xlsx", "docx"}) {
            DocumentCache.Kind kind = DocumentCache.Kind.valueOf("BILAG1_" + format.toUpperCase(java.util.Locale.ROOT));
            long rendered = cache.renders(kind);
            MvcResult first = mvc.perform(reading(BASE + "bilag1." + format)).andReturn();
            MvcResult second = mvc.perform(reading(BASE + "bilag1." + format)).andReturn();
            assertThat(cache.renders(kind) - rendered).as(format).isLessThanOrEqualTo(1);
            assertThat(second.getResponse().getContentAsByteArray()).as(format)
                    .isEqualTo(first.getResponse().getContentAsByteArray()).isNotEmpty();
            assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache, private");
            assertThat(first.getResponse().getHeader("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"bilag1-kk-bl1-2015-2018-2017-Q1." + format + "\"");
            String documentEtag = first.getResponse().getHeader("ETag");
            MvcResult cached = mvc.perform(reading(BASE + "bilag1." + format).header("If-None-Match", documentEtag))
                    .andReturn();
            assertThat(cached.getResponse().getStatus()).as(format).isEqualTo(304);
            assertThat(cached.getResponse().getHeader("ETag")).isEqualTo(documentEtag);
            assertThat(cached.getResponse().getContentAsByteArray()).isEmpty();
        }
    }

    @Test
    void reopeningGivesFreshUncachedDocumentsAndReapprovingANewVersion() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String pageEtag = mvc.perform(reading(BASE + "bilag1.html").session(session)).andReturn().getResponse().getHeader("ETag");
        String pdfEtag = mvc.perform(reading(BASE + "bilag1.pdf")).andReturn().getResponse().getHeader("ETag");
        assertThat(pageEtag).isNotNull();

        rounds.changeState(AGREEMENT, PERIOD, RoundState.OPEN, "Rettelse efter udvalgsmødet", ADMIN);
        GoalStatusRow row = followUp.table(AGREEMENT, PERIOD).get(0);
        String corrected = "Rettet status efter genåbning " + System.nanoTime();
        long rendered = cache.renders(DocumentCache.Kind.BILAG1_HTML);
        long renderedPdf = cache.renders(DocumentCache.Kind.BILAG1_PDF);

        // Open: rendered for each request, never stored, never 304, no ETag to revalidate with.
        MvcResult open = mvc.perform(reading(BASE + "bilag1.html").session(session).header("If-None-Match", pageEtag)).andReturn();
        assertThat(open.getResponse().getStatus()).isEqualTo(200);
        assertThat(open.getResponse().getHeader("ETag")).isNull();
        assertThat(open.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(Jsoup.parse(open.getResponse().getContentAsString()).select(".bilag1__header .small").text())
                .isEqualTo("Rundens tilstand: Åben");
        editing.save(AGREEMENT, PERIOD, row.goal().id(), row.status().version(),
                new StatusInput(corrected, row.status().delayReason(), null,
                        row.status().achievement() == null ? null : row.status().achievement().name()), ADMIN);
        MvcResult openAfterEdit = mvc.perform(reading(BASE + "bilag1.html").session(session)).andReturn();
        assertThat(openAfterEdit.getResponse().getContentAsString()).contains(corrected);
        MvcResult openPdf = mvc.perform(reading(BASE + "bilag1.pdf").header("If-None-Match", pdfEtag)).andReturn();
        assertThat(openPdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(openPdf.getResponse().getHeader("Cache-Control")).isEqualTo("no-store, private");
        assertThat(cache.renders(DocumentCache.Kind.BILAG1_HTML)).isEqualTo(rendered);
        assertThat(cache.renders(DocumentCache.Kind.BILAG1_PDF)).isEqualTo(renderedPdf);

        rounds.changeState(AGREEMENT, PERIOD, RoundState.IN_REVIEW, null, ADMIN);
        rounds.changeState(AGREEMENT, PERIOD, RoundState.APPROVED, null, ADMIN);
        MvcResult approved = mvc.perform(reading(BASE + "bilag1.html").session(session).header("If-None-Match", pageEtag)).andReturn();
        assertThat(approved.getResponse().getStatus()).isEqualTo(200);
        assertThat(approved.getResponse().getHeader("ETag")).isNotNull().isNotEqualTo(pageEtag);
        assertThat(approved.getResponse().getContentAsString()).contains(corrected);
        assertThat(cache.renders(DocumentCache.Kind.BILAG1_HTML)).isEqualTo(rendered + 1);
        MvcResult approvedPdf = mvc.perform(reading(BASE + "bilag1.pdf").header("If-None-Match", pdfEtag)).andReturn();
        assertThat(approvedPdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(approvedPdf.getResponse().getHeader("ETag")).isNotNull().isNotEqualTo(pdfEtag);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(approvedPdf.getResponse().getContentAsByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains(corrected.replaceAll("\\s+", ""));
        }
    }

    @Test
    void theRedegoerelseOfAnApprovedRoundFollowsTheSecretariatsTexts() throws Exception {
        String path = "/reports/" + AGREEMENT + "/2016-Q4/redegoerelse.docx";
        long rendered = cache.renders(DocumentCache.Kind.REDEGOERELSE_DOCX);
        MvcResult first = mvc.perform(reading(path)).andReturn();
        MvcResult second = mvc.perform(reading(path)).andReturn();
        assertThat(cache.renders(DocumentCache.Kind.REDEGOERELSE_DOCX) - rendered).isLessThanOrEqualTo(1);
        String etag = first.getResponse().getHeader("ETag");
        assertThat(second.getResponse().getHeader("ETag")).isEqualTo(etag);
        assertThat(mvc.perform(reading(path).header("If-None-Match", etag)).andReturn().getResponse().getStatus())
                .isEqualTo(304);

        texts.save(AGREEMENT, 2016, TextSection.values()[0], "Ny indledning " + System.nanoTime(), "admin");
        MvcResult changed = mvc.perform(reading(path).header("If-None-Match", etag)).andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(changed.getResponse().getContentAsByteArray()).isNotEqualTo(first.getResponse().getContentAsByteArray());
    }

    @Test
    void reorderingTheAgreementsGoalsGivesANewVersion() throws Exception {
        String docx = BASE + "bilag1.docx";
        String etag = mvc.perform(reading(docx)).andReturn().getResponse().getHeader("ETag");
        assertThat(mvc.perform(reading(docx).header("If-None-Match", etag)).andReturn().getResponse().getStatus())
                .isEqualTo(304);
        long goalId = followUp.table(AGREEMENT, PERIOD).get(0).goal().id();
        goals.move(goalId, false, "admin");
        MvcResult after = mvc.perform(reading(docx).header("If-None-Match", etag)).andReturn();
        assertThat(after.getResponse().getStatus()).isEqualTo(200);
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void thePublicViewServesTheSameCacheToEveryAnonymousReaderUntilTheAgreementIsWithdrawn() throws Exception {
        String page = "/offentlig/" + AGREEMENT + "/" + PERIOD + "/bilag1.html";
        String pdf = "/offentlig/" + AGREEMENT + "/" + PERIOD + "/bilag1.pdf";
        publications.set(AGREEMENT, true, ADMIN);
        try {
            long pages = cache.renders(DocumentCache.Kind.PUBLIC_BILAG1_HTML);
            long pdfs = cache.renders(DocumentCache.Kind.PUBLIC_BILAG1_PDF);
            MvcResult first = mvc.perform(get(page)).andReturn();
            MvcResult second = mvc.perform(get(page)).andReturn();
            MvcResult third = mvc.perform(get(page).session(new MockHttpSession())).andReturn();
            assertThat(cache.renders(DocumentCache.Kind.PUBLIC_BILAG1_HTML) - pages).as("renders for three readers")
                    .isLessThanOrEqualTo(1);
            assertThat(first.getResponse().getStatus()).isEqualTo(200);
            assertThat(first.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
            assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("public, no-cache");
            assertThat(first.getResponse().getHeader("Set-Cookie")).as("nothing of a session a shared cache could keep").isNull();
            String etag = first.getResponse().getHeader("ETag");
            assertThat(etag).startsWith("\"pb1h-");
            assertThat(second.getResponse().getHeader("ETag")).isEqualTo(etag);
            assertThat(third.getResponse().getHeader("ETag")).isEqualTo(etag);
            assertThat(third.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
            var html = Jsoup.parse(first.getResponse().getContentAsString());
            assertThat(html.select("table.table--bilag1")).hasSize(3);
            assertThat(html.select("title").text()).startsWith("Bilag 1");
            assertThat(html.select("form, nav.nav, input[name=_csrf]")).isEmpty();

            MvcResult notModified = mvc.perform(get(page).header("If-None-Match", etag)).andReturn();
            assertThat(notModified.getResponse().getStatus()).isEqualTo(304);
            assertThat(notModified.getResponse().getHeader("ETag")).isEqualTo(etag);
            assertThat(notModified.getResponse().getHeader("Cache-Control")).isEqualTo("public, no-cache");
            assertThat(notModified.getResponse().getContentAsByteArray()).isEmpty();

            MvcResult pdfFirst = mvc.perform(get(pdf)).andReturn();
            MvcResult pdfSecond = mvc.perform(get(pdf)).andReturn();
            assertThat(cache.renders(DocumentCache.Kind.PUBLIC_BILAG1_PDF) - pdfs).isLessThanOrEqualTo(1);
            assertThat(pdfSecond.getResponse().getContentAsByteArray()).isEqualTo(pdfFirst.getResponse().getContentAsByteArray())
                    .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(pdfFirst.getResponse().getHeader("Cache-Control")).isEqualTo("public, no-cache");
            assertThat(pdfFirst.getResponse().getHeader("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"bilag1-kk-bl1-2015-2018-2017-Q1.pdf\"");
            String pdfEtag = pdfFirst.getResponse().getHeader("ETag");
            assertThat(pdfEtag).startsWith("\"pb1pdf-");
            assertThat(mvc.perform(get(pdf).header("If-None-Match", pdfEtag)).andReturn().getResponse().getStatus())
                    .isEqualTo(304);

            // Withdrawn: 404 at once, with or without the ETag, although the rendering is still kept.
            publications.set(AGREEMENT, false, ADMIN);
            for (String path : new String[] {page, pdf}) {
                assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
            }
            assertThat(mvc.perform(get(page).header("If-None-Match", etag)).andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(get(pdf).header("If-None-Match", pdfEtag)).andReturn().getResponse().getStatus()).isEqualTo(404);

            // Published again: the same version, served from the cache.
            publications.set(AGREEMENT, true, ADMIN);
            long beforeRepublish = cache.renders(DocumentCache.Kind.PUBLIC_BILAG1_HTML);
            MvcResult again = mvc.perform(get(page)).andReturn();
            assertThat(again.getResponse().getStatus()).isEqualTo(200);
            assertThat(again.getResponse().getHeader("ETag")).isEqualTo(etag);
            assertThat(cache.renders(DocumentCache.Kind.PUBLIC_BILAG1_HTML)).isEqualTo(beforeRepublish);

            // Reopened: not public; approved again: a new version, rendered anew.
            rounds.changeState(AGREEMENT, PERIOD, RoundState.OPEN, "Rettelse efter udvalgsmødet", ADMIN);
            assertThat(mvc.perform(get(page).header("If-None-Match", etag)).andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(get(pdf)).andReturn().getResponse().getStatus()).isEqualTo(404);
            rounds.changeState(AGREEMENT, PERIOD, RoundState.IN_REVIEW, null, ADMIN);
            rounds.changeState(AGREEMENT, PERIOD, RoundState.APPROVED, null, ADMIN);
            MvcResult reapproved = mvc.perform(get(page).header("If-None-Match", etag)).andReturn();
            assertThat(reapproved.getResponse().getStatus()).isEqualTo(200);
            assertThat(reapproved.getResponse().getHeader("ETag")).isNotNull().isNotEqualTo(etag);
            assertThat(cache.renders(DocumentCache.Kind.PUBLIC_BILAG1_HTML)).isEqualTo(beforeRepublish + 1);
            assertThat(mvc.perform(get(pdf).header("If-None-Match", pdfEtag)).andReturn().getResponse().getHeader("ETag"))
                    .isNotNull().isNotEqualTo(pdfEtag);
        } finally {
            publications.set(AGREEMENT, false, ADMIN);
        }
    }

    private static MockHttpServletRequestBuilder reading(String path) {
        return get(path).with(user("laeser").roles("READER"));
    }
}
