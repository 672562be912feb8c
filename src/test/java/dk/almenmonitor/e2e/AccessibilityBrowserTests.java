package dk.almenmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The pages checked with axe-core in Chromium against WCAG 2.1 A and AA (the level the Danish web accessibility act
 * asks of a municipality): every page a reader, a goal owner and the secretariat use, including the editing form of an
 * open round. The monitor pages are checked with data: the small synthetic housing set (scale TEST) is imported through
 * the pipeline at start-up, and rents and operating costs are uploaded through the import page. A violation fails the
 * test with the rule, the page and the elements it found.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "almen.demo.areas=true", "almen.demo.synthetic-housing=true", "almen.demo.synthetic-housing-scale=TEST",
        "almen.demo.synthetic-housing-background=false"})
class AccessibilityBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String AGREEMENT = "/aftaler/kk-bl1-2015-2018";

    @Test
    void everyPageMeetsWcag21AA() {
        List<String> violations = new ArrayList<>();
        try (BrowserContext anonymous = context(); BrowserContext admin = context(); BrowserContext owner = context()) {
            Page login = anonymous.newPage();
            check(login, base() + "/login", violations);

            Page page = admin.newPage();
            BrowserSupport.login(page, base(), "admin", password);
            page.navigate(base() + AGREEMENT + "/runder");
            page.locator("#period").fill("2017-Q2");
            page.locator("#dueDate").fill(LocalDate.of(2017, 6, 15).toString());
            page.locator("#open-heading ~ form button[type=submit]").click();
            page.waitForURL(base() + AGREEMENT + "/runder/2017-Q2");
            uploadRents(page);
            page.navigate(base() + AGREEMENT + "/indikatorer");
            String goalIndicator = page.locator("main a[href*='/maal/'][href*='/indikator']").first().getAttribute("href");
            String goal = goalIndicator.substring(0, goalIndicator.indexOf("/indikator"));
            // Operating costs through the import page, so the benchmark page is checked with its charts and tables.
            page.navigate(base() + "/import/driftsudgifter");
            page.setInputFiles("#file-operating-costs", new FilePayload("drift.csv", "text/csv", (
                    "organisationsnr;afdelingsnr;aar;administration_kr;vedligehold_fornyelse_kr;renholdelse_kr;"
                    + "forbrug_kr;oevrige_kr;areal_m2\n1;1;2023;60000;150000;50000;25000;15000;1000\n"
                    + "1;2;2023;160000;400000;120000;80000;40000;2000\n2;1;2023;50000;125000;40000;20000;15000;500\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            page.locator("form[action$='/import/driftsudgifter'] button[type=submit]").click();
            page.waitForLoadState();
            for (String path : List.of(AGREEMENT, AGREEMENT + "/maal", AGREEMENT + "/maal?kind=ANALYSIS&overdue=true",
                    goal, goalIndicator, AGREEMENT + "/bilag1",
                    AGREEMENT + "/indikatorer", AGREEMENT + "/runder", AGREEMENT + "/runder/2017-Q1",
                    AGREEMENT + "/runder/2017-Q2", AGREEMENT + "/runder/2017-Q2/kvalitet",
                    AGREEMENT + "/runder/2017-Q2/aendringer", AGREEMENT + "/redegoerelse/2017", "/import",
                    "/import/observationer", "/import/husleje", "/data/husleje", "/import/driftsudgifter", "/data/driftsudgifter", "/revision",
                    "/data/nybyggeri", "/data/udsaettelser", "/data/almene-boliger", "/import/nybyggeri", "/import/udsaettelser",
                    "/udbakke", "/modtagere", "/api-noegler", "/tilgaengelighed", "/findes-ikke", "/data/energimaerker",
                    "/data/varme", "/data", "/omraader", "/omraader?aar=2013", "/omraader/antal", "/omraader/MJOELNERPARKEN",
                    "/omraader/KBH-TINGBJERG",
                    "/omraader/koebenhavnerniveau", "/omraader/KBH-NOERREBRO/koebenhavnerniveau",
                    // Search (issue 13 item 5): the results page with hits, and with a refused query.
                    "/soeg?q=uds%C3%A6ttelse", "/soeg?q=",
                    "/aftaler/ny", AGREEMENT + "/maal/ny", goal + "/rediger", AGREEMENT + "/vedligehold", AGREEMENT + "/overtag",
                    "/indikatorer", "/indikatorer/udsaettelser", goalIndicator.replace("/indikator", "/maaltal"))) {
                check(page, base() + path, violations);
            }

            // Meetings (issue 13 item 4): the list with its form, and a meeting created through it with its briefing.
            check(page, base() + AGREEMENT + "/moeder", violations);
            page.locator("#meeting-forum").selectOption("SAMARBEJDSFORUM");
            page.locator("#meeting-date").fill("2017-07-10");
            page.locator("#meeting-period").selectOption("2017-Q2");
            page.locator("main form button[type=submit]").click();
            page.locator("#decide-heading").waitFor();
            violations.addAll(violations(page, "briefing " + page.url()));

            // Publication (issue 13): the secretariat publishes the agreement, an anonymous visitor reads the public view.
            check(page, base() + AGREEMENT + "/offentliggoerelse", violations);
            page.locator("main form button[type=submit]").click();
            page.locator("main [role=status]").waitFor();
            for (String path : List.of("/offentlig/kk-bl1-2015-2018", "/offentlig/kk-bl1-2015-2018/2017-Q1/bilag1.html")) {
                check(login, base() + path, violations);
            }

            Page sof = owner.newPage();
            BrowserSupport.login(sof, base(), "sof", password);
            sof.navigate(base() + AGREEMENT + "/runder/2017-Q2");
            sof.locator("article.status-card--mine a.button").click();
            sof.locator("article.status-card--mine textarea[name=statusText]").waitFor();
            violations.addAll(violations(sof, "status form of " + sof.url()));
        }
        assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
    }

    /** A small rents file through the import page, so that the rent monitor shows its chart and table. */
    private void uploadRents(Page page) {
        page.navigate(base() + "/import/husleje");
        String csv = "organisationsnr;afdelingsnr;lejemaalsnr;boligtype;postnr;areal_m2;vaerelser;aarsleje_kr;"
                + "opgoerelsesdato\n1;1;A1;familie;2200;60;2;41000;2018-01-19\n1;1;A2;familie;2200;80;3;62000;2018-01-19\n"
                + "1;2;B1;ungdom;2300;30;1;36000;2018-01-19\n2;1;C1;ældre;2400;55;2;70000;2018-01-19\n";
        page.locator("#file-rents").setInputFiles(new com.microsoft.playwright.options.FilePayload("husleje.csv",
                "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("form[action='/import/husleje'] button[type=submit]").click();
        page.waitForLoadState();
    }

    private void check(Page page, String url, List<String> violations) {
        page.navigate(url);
        page.waitForLoadState();
        if (url.contains("/data/")) {
            assertThat(page.locator("main svg").count()).as("%s is checked with its charts", url).isPositive();
            assertThat(page.locator("main table tbody tr").count()).as("%s is checked with its tables", url).isPositive();
        }
        violations.addAll(violations(page, url));
    }

    private static List<String> violations(Page page, String where) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList();
            found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " " + targets);
        }
        return found;
    }

    private BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("da-DK"));
    }
}
