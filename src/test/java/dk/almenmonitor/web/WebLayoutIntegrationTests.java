package dk.almenmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * The layout, the accessibility statement and the error pages, rendered by the real application (MockMvc against
 * the full context). A test-only page ({@code test-probe}) exercises the layout's optional slots.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WebLayoutIntegrationTests.ProbeConfiguration.class)
class WebLayoutIntegrationTests {

    /** Set in src/test/resources/config/application.properties. */
    private static final String PASSWORD = "demo-test-password";

    @Autowired
    MockMvcTester mvc;

    @Test
    @WithMockUser(username = "laeser", roles = "READER")
    void accessibilityStatementRendersThroughTheLayout() throws Exception {
        var result = mvc.get().uri("/tilgaengelighed").accept(MediaType.TEXT_HTML).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<html lang=\"da\">")
                .contains("<a class=\"skip-link\" href=\"#indhold\">Gå til indhold</a>")
                .contains("id=\"indhold\"")
                .contains("<title>Tilgængelighedserklæring · Almenmonitor</title>")
                .contains("<h1>Tilgængelighedserklæring</h1>")
                .contains("Almenmonitor er delvist i overensstemmelse med standarden WCAG 2.1 på niveau AA")
                .contains("Digitaliseringsstyrelsen")
                .contains("<a class=\"footer__link\" href=\"/tilgaengelighed\">Tilgængelighedserklæring</a>")
                .contains("Københavns Kommune · BL – Danmarks Almene Boliger, 1. kreds")
                .contains("<span>laeser</span>")
                .contains(">Læser</span>")
                .contains("action=\"/logout\"")
                .contains("href=\"/aftaler/kk-bl1-2015-2018/maal\"")
                .contains("href=\"/aftaler/kk-bl1-2015-2018/bilag1\"")
                .doesNotContain("href=\"/import\"")
                .doesNotContain("th:")
                .doesNotContain("style=");
        assertThat(html.split("name=\"_csrf\"", -1)).as("exactly one CSRF field").hasSize(2);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminSeesTheImportLink() {
        assertThat(mvc.get().uri("/tilgaengelighed").accept(MediaType.TEXT_HTML))
                .hasStatusOk()
                .bodyText().contains("href=\"/import\"").contains(">Sekretariat</span>");
    }

    @Test
    void theRoleBadgeIsShownOnlyWhereItAddsToTheDisplayName() throws Exception {
        // Issue 10, step 9: the header said "Sekretariatet [Sekretariat]" (and "Dataansvarlig [Dataansvarlig]").
        assertThat(headerOf("admin")).contains("<span>Sekretariatet</span>").doesNotContain("header__role");
        assertThat(headerOf("data")).contains("<span>Dataansvarlig</span>").doesNotContain("header__role");
        assertThat(headerOf("laeser")).contains("<span>Læser</span>").doesNotContain("header__role");
        assertThat(headerOf("tmf")).contains("<span>Teknik- og Miljøforvaltningen</span>")
                .contains("<span class=\"header__role\">Tovholder</span>");
    }

    /** The user part of the page header as a demo account logged in with the login form sees it. */
    private String headerOf(String username) throws Exception {
        var login = mvc.perform(formLogin("/login").user(username).password(PASSWORD));
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        var page = mvc.get().uri("/tilgaengelighed").accept(MediaType.TEXT_HTML).session(session).exchange();
        assertThat(page).as(username).hasStatusOk();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        int start = html.indexOf("<div class=\"header__user\"");
        assertThat(start).as(username + " is logged in").isPositive();
        return html.substring(start, html.indexOf("</p>", start));
    }

    @Test
    @WithMockUser(username = "tmf", roles = "EDITOR")
    void layoutSlotsAndNavigationFollowThePage() {
        assertThat(mvc.get().uri("/aftaler/kk-bl1-2019-2022/test-probe").accept(MediaType.TEXT_HTML))
                .hasStatusOk()
                .bodyText()
                .contains("<title>Probe · Almenmonitor</title>")
                .contains("<nav class=\"breadcrumbs\" aria-label=\"Du er her\">")
                .contains("<main class=\"page--wide\">")
                .contains("<p>probe content</p>")
                .contains("<script src=\"/js/probe.js\" defer></script>")
                .contains("href=\"/aftaler/kk-bl1-2019-2022/maal\"")
                .contains("<span class=\"badge badge--in-progress\">I proces</span>")
                .contains("<span class=\"badge badge--none\">Ikke registreret</span>");
    }

    @Test
    @WithMockUser(username = "laeser", roles = "READER")
    void theHousingDataEntranceLinksEveryMonitorPageAndIsMarkedInTheNavigation() {
        var entrance = mvc.get().uri("/data").accept(MediaType.TEXT_HTML).exchange();
        assertThat(entrance).hasStatusOk().bodyText()
                .contains("<h1>Boligdata</h1>")
                .contains("href=\"/data\" aria-current=\"page\"")
                .contains("Husleje pr. interval og postnummer");
        for (HousingDataPageController.Monitor monitor : HousingDataPageController.MONITORS) {
            assertThat(entrance).bodyText().contains("href=\"" + monitor.path() + "\"");
            assertThat(mvc.get().uri(monitor.path()).accept(MediaType.TEXT_HTML)).as(monitor.path())
                    .hasStatusOk().bodyText().contains("href=\"/data\" aria-current=\"page\"");
        }
    }

    @Test
    @WithMockUser
    void unknownPageGivesTheDanish404PageToBrowsers() {
        var result = mvc.get().uri("/findes-ikke").accept(MediaType.TEXT_HTML).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
        assertThat(result).bodyText()
                .contains("<html lang=\"da\">")
                .contains("Siden findes ikke")
                .contains("Fejlkode 404")
                .contains("Gå til forsiden")
                .contains("Tilgængelighedserklæring")
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("at org.")
                .doesNotContain("trace");
    }

    /** For an anonymous visitor of the public view the front page is the login page: the 404 page offers no button. */
    @Test
    void thePublicViewsErrorPageSendsNoAnonymousVisitorToTheLogin() {
        assertThat(mvc.get().uri("/offentlig/findes-ikke").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("Siden findes ikke").doesNotContain("Gå til forsiden");
        assertThat(mvc.get().uri("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/offentlig/x/2017-Q1/bilag1.html"))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("Gå til forsiden");
    }

    @Test
    @WithMockUser(username = "laeser", roles = "READER")
    void aLoggedInUserKeepsTheFrontPageButtonOnThePublicViewsErrorPage() {
        assertThat(mvc.get().uri("/offentlig/findes-ikke").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("Gå til forsiden");
    }

    @Test
    @WithMockUser
    void browserWithATypicalAcceptHeaderGetsHtml() {
        assertThat(mvc.get().uri("/findes-ikke")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
                .bodyText().contains("Siden findes ikke").doesNotContain("API-dokumentationen");
    }

    @Test
    @WithMockUser
    void anUnknownAgreementShowsTheDanishReasonFromTheMessages() {
        assertThat(mvc.get().uri("/aftaler/findes-ikke").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText()
                .contains("<p class=\"error-page__detail\">Aftalen findes ikke.</p>");
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    @Test
    @WithMockUser
    void responseStatusAndBadParametersGiveDanishPages() {
        assertThat(mvc.get().uri("/aftaler/x/test-probe/0").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("Siden findes ikke");
        assertThat(mvc.get().uri("/aftaler/x/test-probe/abc").accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Forespørgslen kunne ikke behandles");
    }

    @Test
    @WithMockUser
    void containerErrorPagesUseTheSameTemplate() {
        assertThat(mvc.get().uri("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/import"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText().contains("Du har ikke adgang til denne side").contains("Fejlkode 403");
        assertThat(mvc.get().uri("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/boom"))
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .bodyText().contains("Der opstod en fejl i systemet")
                .doesNotContain("secret detail").doesNotContain("IllegalStateException");
    }

    @Test
    @WithMockUser
    void unknownApiPathGivesProblemJson() {
        var result = mvc.get().uri("/api/v1/findes-ikke").accept(MediaType.APPLICATION_JSON).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyText().doesNotContain("<html");
        assertThat(result).bodyJson().extractingPath("$.status").asNumber().isEqualTo(404);
    }

    @Test
    @WithMockUser
    void apiErrorsStayProblemJsonForClientsThatAcceptAnything() {
        assertThat(mvc.get().uri("/api/v1/findes-ikke").header("Accept", "*/*"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/findes-ikke"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/aftaler/x/test-probe/abc").accept(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbeConfiguration {

        /** Serves the template named {@code test-probe} from {@link ProbeController#PAGE}; nothing else. */
        @Bean
        StringTemplateResolver probeTemplateResolver() {
            StringTemplateResolver resolver = new StringTemplateResolver() {
                @Override
                protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration,
                        String ownerTemplate, String template, Map<String, Object> attributes) {
                    return new StringTemplateResource(ProbeController.PAGE);
                }
            };
            resolver.setTemplateMode(TemplateMode.HTML);
            resolver.setResolvablePatterns(Set.of(ProbeController.VIEW));
            resolver.setOrder(0);
            return resolver;
        }

        @Bean
        ProbeController probeController() {
            return new ProbeController();
        }
    }

    @Controller
    static class ProbeController {

        static final String VIEW = "test-probe";
        static final String PAGE = """
                <!DOCTYPE html><html xmlns:th="http://www.thymeleaf.org"
                  th:replace="~{layout/main :: page(title=~{::title}, content=~{::main},
                                breadcrumbs=~{::nav.breadcrumbs}, head=~{::script})}">
                <head><title>Probe · Almenmonitor</title><script src="/js/probe.js" defer></script></head>
                <body>
                <nav class="breadcrumbs" th:aria-label="#{web.breadcrumbs.label}"><ol><li>Forside</li></ol></nav>
                <main class="page--wide"><p>probe content</p>
                <span th:replace="~{layout/components :: achievement('IN_PROGRESS')}"></span>
                <span th:replace="~{layout/components :: achievement(null)}"></span>
                </main>
                </body></html>
                """;

        @GetMapping("/aftaler/{agreementId}/test-probe")
        String probe(@PathVariable String agreementId) {
            return VIEW;
        }

        @GetMapping("/aftaler/{agreementId}/test-probe/{number}")
        String probeNumber(@PathVariable String agreementId, @PathVariable int number) {
            if (number == 0) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return VIEW;
        }
    }
}
