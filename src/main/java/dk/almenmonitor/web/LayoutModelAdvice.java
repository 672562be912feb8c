package dk.almenmonitor.web;

import java.util.HashMap;
import java.util.Map;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts what {@code templates/layout/main.html} needs into every page model:
 * <ul>
 *   <li>{@code currentUser} – a {@link CurrentUser}, {@code null} when anonymous;</li>
 *   <li>{@code navAgreementId} – the agreement the navigation links point to: the request's {@code agreementId}
 *       path variable, else {@code almen.web.default-agreement-id} ({@code kk-bl1-2015-2018});</li>
 *   <li>{@code navCurrent} – which navigation item is the current page ({@code forside}, {@code maal},
 *       {@code bilag1}, {@code data}, {@code omraader}, {@code import} …) or {@code null}.</li>
 * </ul>
 * A controller that adds its own value under one of these names wins: model-attribute methods run before the handler.
 */
@ControllerAdvice
class LayoutModelAdvice {

    static final String CURRENT_USER = "currentUser";
    static final String NAV_AGREEMENT_ID = "navAgreementId";
    static final String NAV_CURRENT = "navCurrent";
    static final String PUBLIC_VISITOR = "publicVisitor";

    private final String defaultAgreementId;
    private final CurrentUsers users;

    LayoutModelAdvice(@Value("${almen.web.default-agreement-id:kk-bl1-2015-2018}") String defaultAgreementId,
                      CurrentUsers users) {
        this.defaultAgreementId = defaultAgreementId;
        this.users = users;
    }

    /** Identity's current user (ADR 0013), {@code null} when anonymous. */
    @ModelAttribute(CURRENT_USER)
    CurrentUser currentUser() {
        return users.current().orElse(null);
    }

    @ModelAttribute(NAV_AGREEMENT_ID)
    String navAgreementId(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("agreementId") instanceof String id && id.matches("[A-Za-z0-9._-]{1,100}")) {
            return id;
        }
        return defaultAgreementId;
    }

    @ModelAttribute(NAV_CURRENT)
    String navCurrent(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            return "forside";
        }
        if (path.startsWith("/aftaler/") && path.endsWith("/maal")) {
            return "maal";
        }
        if (path.startsWith("/aftaler/") && path.endsWith("/bilag1") || path.endsWith("/bilag1.html")) {
            return "bilag1";
        }
        if (path.startsWith("/aftaler/") && (path.endsWith("/indikatorer") || path.endsWith("/indikator"))) {
            return "indikatorer";
        }
        if (path.startsWith("/aftaler/") && path.contains("/runder")) {
            return "runder";
        }
        if (path.equals("/data") || path.startsWith("/data/")) {
            return "data";
        }
        if (path.equals("/omraader") || path.startsWith("/omraader/")) {
            return "omraader";
        }
        if (path.equals("/revision")) {
            return "revision";
        }
        if (path.equals("/api-noegler")) {
            return "tokens";
        }
        if (path.equals("/import") || path.startsWith("/import/")) {
            return "import";
        }
        return null;
    }

    /**
     * The same attributes for views built outside the model-attribute mechanism (exception handlers, the error page),
     * plus {@code publicVisitor}: an anonymous visitor of the public view ({@code /offentlig/…}), for whom the
     * front page is only the login page.
     */
    Map<String, Object> attributesFor(HttpServletRequest request) {
        Map<String, Object> attributes = new HashMap<>();
        CurrentUser user = currentUser();
        attributes.put(CURRENT_USER, user);
        attributes.put(PUBLIC_VISITOR, user == null && isPublicView(request));
        attributes.put(NAV_AGREEMENT_ID, navAgreementId(request));
        attributes.put(NAV_CURRENT, navCurrent(request));
        return attributes;
    }

    /** Whether the address asked for (before an error dispatch to {@code /error}) is in the public view. */
    private static boolean isPublicView(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return path.equals("/offentlig") || path.startsWith("/offentlig/");
    }
}
