package dk.almenmonitor.web;

import java.net.URI;

import dk.almenmonitor.identity.Refusal;
import dk.almenmonitor.shared.DanishFormat;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page ({@code /error}): what the servlet container forwards to after an uncaught exception,
 * a {@code sendError} (Spring Security's 403, the request filters' 400 and 413) or an error status. Browsers get the
 * Danish page, everyone else RFC 9457 problem+json with a Danish title and detail. Opened directly, without an error
 * to show, it is a page that does not exist (404) rather than a 500. Never shows exception texts.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    private final LayoutModelAdvice layout;
    private final MessageSource messages;

    ErrorPageController(LayoutModelAdvice layout, MessageSource messages) {
        this.layout = layout;
        this.messages = messages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        ErrorResponseHeaders.apply(response, ErrorResponseHeaders.PAGE_CSP);
        HttpStatus status = statusOf(request);
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("detail", detailOf(request));
        page.addAllObjects(layout.attributesFor(request));
        return page;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
        ErrorResponseHeaders.apply(response, ErrorResponseHeaders.PAGE_CSP);
        HttpStatus status = statusOf(request);
        String detail = detailOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                detail != null ? detail : message("web.error." + status.value() + ".text", "web.error.generic.text"));
        problem.setTitle(message("web.error." + status.value() + ".title", "web.error.generic.title"));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.setInstance(URI.create(path.replaceAll("[^\\x21-\\x7e]", "")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A request filter's refusal, or the Danish reason of an access-policy {@link Refusal}; null for none. */
    private String detailOf(HttpServletRequest request) {
        String detail = RequestRefusal.detailOf(request);
        if (detail == null && request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof Refusal refusal) {
            return messages.getMessage(refusal.messageCode(), null, null, DanishFormat.DANISH);
        }
        return detail;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            return status != null && status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return HttpStatus.NOT_FOUND;
    }

    private String message(String key, String fallbackKey) {
        String text = messages.getMessage(key, null, null, DanishFormat.DANISH);
        return text != null ? text : messages.getMessage(fallbackKey, null, fallbackKey, DanishFormat.DANISH);
    }
}
