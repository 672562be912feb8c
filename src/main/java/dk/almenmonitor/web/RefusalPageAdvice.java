package dk.almenmonitor.web;

import dk.almenmonitor.identity.Access;
import dk.almenmonitor.identity.Refusal;
import dk.almenmonitor.shared.DanishFormat;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A browser refused by the access policy with a Danish reason ({@link Refusal}) gets the error page with that reason,
 * rendered here so the page shows it; the refusal is audited exactly as Spring Security's access-denied handler audits
 * every other one. Every other client — asking for JSON, for anything ({@code *}{@code /*}) or sending no
 * {@code Accept} header at all, as curl and scripts do — is left to that handler: on {@code /api/**} its 403
 * problem+json, on a page the container's error page, which answers such a client with problem+json too. This is the
 * negotiation of {@link BrowserErrorAdvice} and {@link ErrorPageController}: the page only for a client that asks for
 * {@code text/html}. See ADR 0013.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalPageAdvice {

    private final LayoutModelAdvice layout;
    private final MessageSource messages;
    private final Access access;

    RefusalPageAdvice(LayoutModelAdvice layout, MessageSource messages, Access access) {
        this.layout = layout;
        this.messages = messages;
        this.access = access;
    }

    @ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE, value = Refusal.class)
    ModelAndView refusalPage(Refusal refusal, HttpServletRequest request) {
        access.audit(request, refusal);
        HttpStatus status = HttpStatus.FORBIDDEN;
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        page.addObject("path", request.getRequestURI());
        page.addObject("detail", messages.getMessage(refusal.messageCode(), null, null, DanishFormat.DANISH));
        page.addAllObjects(layout.attributesFor(request));
        return page;
    }

    /**
     * Any other client: rethrown untouched, which leaves the refusal unresolved by Spring MVC, so it reaches Spring
     * Security's audited access-denied handler as before. Without this mapping a request with no {@code Accept}
     * header (which accepts anything) would match {@link #refusalPage} and get HTML. {@code produces = "*}{@code /*"}
     * makes the choice deterministic, as in {@link BrowserErrorAdvice}: {@code text/html} picks the page, anything
     * else this method.
     */
    @ExceptionHandler(produces = MediaType.ALL_VALUE, value = Refusal.class)
    void otherClients(Refusal refusal) {
        throw refusal;
    }
}
