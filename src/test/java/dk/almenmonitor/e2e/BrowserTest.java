package dk.almenmonitor.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One Chromium per browser-test class, started against the application on its random port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;
    @Value("${almen.demo.password}")
    String password;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        BrowserSupport.assumeChromium();
        playwright = Playwright.create();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }
}
