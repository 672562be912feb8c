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
 * every other one. API clients (not asking for HTML) are not matched: their refusal goes on to that handler and its
 * 403 problem+json. See ADR 0013.
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
}
