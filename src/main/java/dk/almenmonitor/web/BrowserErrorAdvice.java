package dk.almenmonitor.web;

import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders Spring MVC's standard request errors (unknown page, wrong method, bad parameter,
 * {@code ResponseStatusException} …) as the Danish error page for browsers.
 *
 * <p>Which of the two handlers answers is decided by content negotiation on {@code produces}: a browser (which
 * asks for {@code text/html} first) gets the page; API clients asking for JSON or for anything ({@code *}{@code /*})
 * get the RFC 9457 {@code application/problem+json} answer of the application's problem-details handler. A browser
 * that opens an {@code /api/…} address directly also gets the page, which is the friendlier answer for a person.
 * Failures Spring reports in its own terms (an unreadable or oversized JSON body, a lost unique-key race) are first
 * translated by {@link RequestErrorTranslation}. Everything else (uncaught exceptions, Spring Security's 403, the
 * request filters' refusals) reaches the container's error page, {@link ErrorPageController}, with the same
 * {@code templates/error.html}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrowserErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(BrowserErrorAdvice.class);

    private final LayoutModelAdvice layout;
    private final ResponseEntityExceptionHandler problemDetails;
    private final RequestErrorTranslation translation;
    private final MessageSource messages;

    BrowserErrorAdvice(LayoutModelAdvice layout, ObjectProvider<ResponseEntityExceptionHandler> problemDetails,
                       MessageSource messages,
                       @Value("${almen.json.max-string-length:100000}") int maxJsonStringLength) {
        this.layout = layout;
        this.messages = messages;
        this.translation = new RequestErrorTranslation(messages, maxJsonStringLength);
        this.problemDetails = problemDetails.getIfUnique(() -> fallbackProblemDetails(messages));
    }

    /** Used only when the application has no (single) problem-details handler, e.g. with problem details disabled. */
    private static ResponseEntityExceptionHandler fallbackProblemDetails(MessageSource messages) {
        ResponseEntityExceptionHandler handler = new ResponseEntityExceptionHandler() {
        };
        handler.setMessageSource(messages);
        return handler;
    }

    @ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE, value = {
            NoResourceFoundException.class,
            NoHandlerFoundException.class,
            ErrorResponseException.class,
            HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class,
            ServletRequestBindingException.class,
            MissingServletRequestPartException.class,
            HandlerMethodValidationException.class,
            MaxUploadSizeExceededException.class,
            MethodArgumentNotValidException.class,
            TypeMismatchException.class})
    ModelAndView errorPage(Exception ex, HttpServletRequest request) {
        HttpStatus status = statusOf(ex);
        log.debug("Request error {} on {}: {}", status.value(), request.getRequestURI(), ex.toString());
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        page.addObject("path", request.getRequestURI());
        page.addObject("detail", applicationDetail(ex));
        // Model-attribute advice does not run for exception handlers; add what the layout needs ourselves.
        page.addAllObjects(layout.attributesFor(request));
        return page;
    }

    /**
     * The same exceptions for every other client (API clients asking for JSON, or for anything with
     * {@code Accept: *}{@code /*}): handed to the application's problem-details handler, so the answer is the same
     * RFC 9457 problem+json as if this advice did not exist.
     *
     * <p>{@code produces = "*}{@code /*"} makes the choice deterministic: Spring prefers the mapping whose media type
     * equals the accepted one, so {@code text/html} picks the page and {@code *}{@code /*} picks this method. The
     * producible-types attribute that the mapping sets is removed again, so that the response body is negotiated
     * exactly as for the problem-details handler (e.g. {@code application/problem+json} for {@code application/json}).
     */
    @ExceptionHandler(produces = MediaType.ALL_VALUE, value = {
            NoResourceFoundException.class,
            NoHandlerFoundException.class,
            ErrorResponseException.class,
            HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class,
            ServletRequestBindingException.class,
            MissingServletRequestPartException.class,
            HandlerMethodValidationException.class,
            MaxUploadSizeExceededException.class,
            MethodArgumentNotValidException.class,
            TypeMismatchException.class})
    ResponseEntity<Object> problem(Exception ex, WebRequest request) throws Exception {
        request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return problemDetails.handleException(ex, request);
    }

    /**
     * Failures Spring reports in its own terms (an unreadable or oversized body, a lost unique-key race) and the
     * modules' own refusals ({@link RequestRefused}: a status and the code of its Danish reason).
     */
    @ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE,
            value = {HttpMessageNotReadableException.class, DuplicateKeyException.class, RequestRefused.class})
    ModelAndView translatedErrorPage(Exception ex, HttpServletRequest request) {
        ErrorResponseException translated = translation.translate(ex);
        ModelAndView page = errorPage(translated, request);
        if (translated.getBody().getDetail() != null) {
            page.addObject("detail", translated.getBody().getDetail());
        }
        return page;
    }

    @ExceptionHandler(produces = MediaType.ALL_VALUE,
            value = {HttpMessageNotReadableException.class, DuplicateKeyException.class, RequestRefused.class})
    ResponseEntity<Object> translatedProblem(Exception ex, WebRequest request) throws Exception {
        return problem(translation.translate(ex), request);
    }

    /**
     * The Danish detail of a refusal the application worded itself (an {@link ErrorResponse} whose detail message code
     * is one of ours, e.g. "the audit log pages at most 10.000 pages"); Spring's own details are English and stay off.
     */
    private String applicationDetail(Exception ex) {
        // Spring's own codes (problemDetail.*) carry API wording such as "see the API documentation": not for a page.
        if (ex instanceof ErrorResponse response && response.getDetailMessageCode() != null
                && !response.getDetailMessageCode().startsWith("problemDetail.")) {
            return messages.getMessage(response.getDetailMessageCode(), response.getDetailMessageArguments(), null,
                    DanishFormat.DANISH);
        }
        return null;
    }

    private static HttpStatus statusOf(Exception ex) {
        if (ex instanceof ConversionNotSupportedException) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (ex instanceof ErrorResponse response) {
            HttpStatus resolved = HttpStatus.resolve(response.getStatusCode().value());
            return resolved != null ? resolved : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
