package dk.almenmonitor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The Bilag 1 page. Its document part (report/bilag1-document.html) is the same for every reader; for an approved
 * round it is rendered once per version ({@link DocumentVersions}, {@link DocumentCache}) and the page answers
 * {@code If-None-Match} with 304. The layout around it (the reader's name, role-dependent links, the logout form) is
 * the reader's own, put together with the document per request ({@link Bilag1PageShells}), so the ETag also covers the
 * reader: the session and the user (docs/adr/0020).
 * An open round's page is rendered fresh and not stored ({@code no-store}, as every other page).
 */
@Controller
class Bilag1PageController {

    static final String CACHE_APPROVED = "private, no-cache";

    private final Bilag1Builder builder;
    private final FollowUpQueries followUp;
    private final DocumentVersions versions;
    private final DocumentCache cache;
    private final ITemplateEngine templates;
    private final CurrentUsers users;
    private final Bilag1PageShells shells;
    private volatile JakartaServletWebApplication application;

    Bilag1PageController(Bilag1Builder builder, FollowUpQueries followUp, DocumentVersions versions, DocumentCache cache,
                         ITemplateEngine templates, CurrentUsers users, Bilag1PageShells shells) {
        this.shells = shells;
        this.builder = builder;
        this.followUp = followUp;
        this.versions = versions;
        this.cache = cache;
        this.templates = templates;
        this.users = users;
    }

    /** The latest round's Bilag 1. */
    @GetMapping("/aftaler/{agreementId}/bilag1")
    String latest(@PathVariable String agreementId) {
        RoundView round = followUp.latestRound(agreementId).orElseThrow(() -> RequestRefused.notFound("report.refused.noRounds"));
        return "redirect:/reports/" + agreementId + "/" + round.period() + "/bilag1.html";
    }

    @GetMapping("/reports/{agreementId}/{period}/bilag1.html")
    ModelAndView bilag1(@PathVariable String agreementId, @PathVariable String period, Model model, WebRequest webRequest,
                        HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> version = versions.bilag1(agreementId, period);
        if (version.isEmpty()) {
            cache.forget(agreementId, period);
            return page(agreementId, period, model, render(build(agreementId, period), request, response));
        }
        String reader = reader();
        if (webRequest.checkNotModified("b1h-" + DocumentVersions.digest(version.get() + "/" + session(request) + "/" + reader))) {
            return null;
        }
        byte[] document = cache.bytes(DocumentCache.Kind.BILAG1_HTML, agreementId, period, version.get(),
                () -> render(build(agreementId, period), request, response).getBytes(StandardCharsets.UTF_8));
        page(agreementId, period, model, null);
        byte[] page = shells.page(agreementId + "/" + period + "/" + reader, model.asMap(), document, request, response);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_APPROVED);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
        return null;
    }

    private static ModelAndView page(String agreementId, String period, Model model, String document) {
        model.addAttribute("bilag1Document", document);
        model.addAttribute("bilag1Label", Quarter.parse(period).orElseThrow().danish());
        model.addAttribute("navAgreementId", agreementId);
        return new ModelAndView("report/bilag1");
    }

    private Bilag1 build(String agreementId, String period) {
        return builder.build(agreementId, period).orElseThrow(() -> RequestRefused.notFound(
                "report.refused.noBilag1", agreementId, period));
    }

    /** The document part; a web context so that links are built as on the page (context path included). */
    private String render(Bilag1 bilag1, HttpServletRequest request, HttpServletResponse response) {
        JakartaServletWebApplication app = application;
        if (app == null) {
            app = JakartaServletWebApplication.buildApplication(request.getServletContext());
            application = app;
        }
        WebContext context = new WebContext(app.buildExchange(request, response), DanishFormat.DANISH,
                Map.of("bilag1", bilag1));
        return templates.process("report/bilag1-document", context);
    }

    /** What the layout shows of the reader: the user's name, role and organisations. */
    private String reader() {
        return users.current()
                .map(u -> u.username() + "/" + u.displayName() + "/" + u.role() + "/" + new TreeSet<>(u.organisationCodes()))
                .orElse("-");
    }

    /**
     * The session, whose CSRF token the logout form carries: a new login is a new session id, so a page kept by the
     * browser from before it is never answered with 304.
     */
    private static String session(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? "-" : session.getId();
    }
}
