package dk.almenmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A reader logs in through the real login form in Chromium and reads the front page, the goal list and Bilag 1.
 * Screenshots land in target/screenshots for people to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesBrowserTests extends BrowserTest {




    @Test
    void readerSeesFrontPageGoalListAndBilag1() throws Exception {
        String base = "http://127.0.0.1:" + port;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("da-DK"))) {
            Page page = context.newPage();
            BrowserSupport.login(page, base, "laeser", password);

            page.navigate(base + "/");
            assertThat(page.url()).endsWith("/aftaler/kk-bl1-2015-2018");
            assertThat(page.locator("main").innerText()).contains("Pr. 1. kvartal 2017 er 9 ud af 19 målsætninger indfriet.");
            BrowserSupport.screenshot(page, "forside");

            page.navigate(base + "/aftaler/kk-bl1-2015-2018/maal");
            assertThat(page.locator("table.table tbody tr").count()).isEqualTo(39);
            page.selectOption("#f-kind", "ANALYSIS");
            page.locator("form.filters button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("table.table tbody tr").count()).isEqualTo(10);
            BrowserSupport.screenshot(page, "maalsaetninger");

            page.navigate(base + "/aftaler/kk-bl1-2015-2018/bilag1");
            assertThat(page.locator("tr.bilag1__goal").count()).isEqualTo(39);
            assertThat(page.locator("tr.bilag1__section").count()).isEqualTo(3);
            BrowserSupport.screenshot(page, "bilag1");
        }
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        String base = "http://127.0.0.1:" + port;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/aftaler/kk-bl1-2015-2018/bilag1");
            assertThat(page.url()).contains("/login");
        }
    }
}
