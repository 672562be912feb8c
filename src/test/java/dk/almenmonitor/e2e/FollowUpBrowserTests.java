package dk.almenmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 3 end to end in Chromium: the secretariat opens 2017-Q2, the SOF editor updates the evictions goal and sees
 * the overdue warnings, a second stale session gets the conflict view, the secretariat approves, editing is refused.
 * Hostile text is saved and must never run: a dialog listener fails the test if any alert() fires.
 */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpBrowserTests extends BrowserTest {

    private static final String HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";


    private final List<String> dialogs = new ArrayList<>();


    @Test
    void quarterFromOpeningToApproval() throws Exception {
        String base = "http://127.0.0.1:" + port;
        String roundUrl = base + "/aftaler/kk-bl1-2015-2018/runder/2017-Q2";
        try (BrowserContext adminContext = context(); BrowserContext sofContext = context();
             BrowserContext staleContext = context()) {
            Page admin = adminContext.newPage();
            BrowserSupport.login(admin, base, "admin", password);
            admin.navigate(base + "/aftaler/kk-bl1-2015-2018/runder");
            admin.locator("#period").fill("2017-Q2");
            admin.locator("#dueDate").fill(LocalDate.of(2017, 6, 15).toString());
            admin.locator("#open-heading ~ form button[type=submit]").click();
            admin.waitForURL(roundUrl);
            assertThat(admin.locator(".round-state").innerText()).isEqualTo("Åben");

            Page sof = sofContext.newPage();
            BrowserSupport.login(sof, base, "sof", password);
            sof.navigate(roundUrl);
            assertThat(sof.locator("#mine-heading").innerText()).isEqualTo("Mine målsætninger (1)");
            Locator overdueWarnings = sof.locator("[data-warning=OVERDUE_WITHOUT_REASON]");
            assertThat(overdueWarnings.count()).isGreaterThan(0);
            assertThat(overdueWarnings.first().innerText()).contains("Angiv en grund til forsinkelse");

            Page stale = staleContext.newPage();
            BrowserSupport.login(stale, base, "sof", password);
            stale.navigate(roundUrl);
            stale.locator("article.status-card--mine a.button").click();
            stale.locator("article.status-card--mine textarea[name=statusText]").waitFor();

            Locator mine = sof.locator("article.status-card--mine");
            mine.locator("a.button").click();
            mine.locator("textarea[name=statusText]").fill("Antallet af udsættelser i 2016 var 349. " + HOSTILE);
            mine.locator("input[name=expectedFulfilment]").fill("2. halvdel af 2017");
            sof.locator("article.status-card--mine .form__hint[aria-live]").filter(
                    new Locator.FilterOptions().setHasText("1. juli 2017")).waitFor();
            mine.locator("select[name=achievement]").selectOption("IN_PROGRESS");
            mine.locator("button[type=submit]").click();
            sof.locator("article.status-card--mine .alert--success").waitFor();
            assertThat(sof.locator("article.status-card--mine").innerText()).contains("349", "<script>alert(1)</script>");
            BrowserSupport.screenshot(sof.locator("article.status-card--mine"), "runde-sof");
            BrowserSupport.screenshot(sof.locator("main > h1 ~ *").first(), "runde-top");

            stale.locator("article.status-card--mine textarea[name=statusText]").fill("Min forældede tekst");
            stale.locator("article.status-card--mine button[type=submit]").click();
            stale.locator(".status-card--conflict").waitFor();
            assertThat(stale.locator(".conflict__mine-text").innerText()).isEqualTo("Min forældede tekst");
            assertThat(stale.locator(".conflict__their-text").innerText()).contains("349");
            BrowserSupport.screenshot(stale.locator(".status-card--conflict"), "runde-konflikt");

            admin.navigate(roundUrl);
            admin.locator(".round-admin button[type=submit]").first().click();
            admin.waitForLoadState();
            assertThat(admin.locator(".round-state").innerText()).isEqualTo("Til godkendelse");
            admin.locator(".round-admin form:has(input[value=APPROVED]) button").click();
            admin.waitForLoadState();
            assertThat(admin.locator(".round-state").innerText()).isEqualTo("Godkendt");

            sof.navigate(roundUrl);
            assertThat(sof.locator("article.status-card a.button").count()).isZero();
            assertThat(sof.locator(".alert--info").innerText()).contains("godkendt og låst");
            com.microsoft.playwright.APIResponse refused = sof.request().post(roundUrl + "/status/"
                    + sof.locator("article.status-card--mine").getAttribute("id").substring(5));
            assertThat(refused.status()).isEqualTo(403); // no CSRF token and a locked round: refused either way

            for (String path : List.of(roundUrl, base + "/reports/kk-bl1-2015-2018/2017-Q2/bilag1.html",
                    base + "/aftaler/kk-bl1-2015-2018/maal?period=2017-Q2", roundUrl + "/aendringer")) {
                sof.navigate(path);
                sof.waitForLoadState();
            }
            assertThat(dialogs).as("alert() must never run").isEmpty();
        }
    }

    private BrowserContext context() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setLocale("da-DK"));
        context.onPage(p -> p.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        }));
        return context;
    }
}
