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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The pages checked with axe-core in Chromium against WCAG 2.1 A and AA (the level the Danish web accessibility act
 * asks of a municipality): every page a reader, a goal owner and the secretariat use, including the editing form of an
 * open round. A violation fails the test with the rule, the page and the elements it found.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
            page.navigate(base() + AGREEMENT + "/indikatorer");
            String goalIndicator = page.locator("main a[href*='/maal/'][href*='/indikator']").first().getAttribute("href");
            String goal = goalIndicator.substring(0, goalIndicator.indexOf("/indikator"));
            for (String path : List.of(AGREEMENT, AGREEMENT + "/maal", AGREEMENT + "/maal?kind=ANALYSIS&overdue=true",
                    goal, goalIndicator, AGREEMENT + "/bilag1",
                    AGREEMENT + "/indikatorer", AGREEMENT + "/runder", AGREEMENT + "/runder/2017-Q1",
                    AGREEMENT + "/runder/2017-Q2", AGREEMENT + "/runder/2017-Q2/kvalitet",
                    AGREEMENT + "/runder/2017-Q2/aendringer", AGREEMENT + "/redegoerelse/2017", "/import",
                    "/import/observationer", "/revision",
                    "/data/nybyggeri", "/data/udsaettelser", "/data/almene-boliger", "/import/nybyggeri", "/import/udsaettelser",
                    "/udbakke", "/modtagere", "/api-noegler", "/tilgaengelighed", "/findes-ikke")) {
                check(page, base() + path, violations);
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

    private void check(Page page, String url, List<String> violations) {
        page.navigate(url);
        page.waitForLoadState();
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
