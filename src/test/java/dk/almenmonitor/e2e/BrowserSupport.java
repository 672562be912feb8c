package dk.almenmonitor.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/** Starts the system's Chromium through Playwright; tests are skipped, visibly, where no Chromium is installed. */
final class BrowserSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private BrowserSupport() {
    }

    static void assumeChromium() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present) {
            org.slf4j.LoggerFactory.getLogger(BrowserSupport.class)
                    .warn("SKIPPED browser tests: no Chromium at {} (apt-get install -y chromium)", CHROMIUM);
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: no Chromium at " + CHROMIUM);
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    static void login(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForLoadState();
    }

    /** A picture of one element (e.g. a status card), for pages too long to look at whole. */
    static Path screenshot(com.microsoft.playwright.Locator element, String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        element.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(file));
        return file;
    }

    static Path screenshot(Page page, String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
