package dk.almenmonitor.web;

import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns the request failures that Spring reports in its own terms into an {@link ErrorResponseException} with the
 * right status and a Danish detail, so that {@link BrowserErrorAdvice} answers them like every other request error:
 * a body over the limit is 413, a JSON text over Jackson's bounds or with a NUL is 400, unreadable JSON is 400, and a
 * unique key that a concurrent request took first is 409 (the request lost a race; nothing of it was saved), and a
 * module's {@link RequestRefused} keeps its status with its reason's message code.
 */
final class RequestErrorTranslation {

    private final MessageSource messages;
    private final int maxStringLength;

    RequestErrorTranslation(MessageSource messages, int maxStringLength) {
        this.messages = messages;
        this.maxStringLength = maxStringLength;
    }

    ErrorResponseException translate(Exception ex) {
        if (ex instanceof RequestRefused refused) {
            HttpStatus status = HttpStatus.valueOf(refused.status());
            return new ErrorResponseException(status, ProblemDetail.forStatus(status), refused, refused.messageCode(),
                    refused.arguments());
        }
        if (ex instanceof DuplicateKeyException) {
            return error(ex, HttpStatus.CONFLICT, message("web.problem.duplicate"));
        }
        RequestBodyLimitFilter.BodyTooLargeException tooLarge = cause(ex, RequestBodyLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            return error(ex, HttpStatus.CONTENT_TOO_LARGE,
                    message("web.problem.bodyTooLarge", RequestBodyLimitFilter.sizeText(tooLarge.limit())));
        }
        JsonInputLimits.ForbiddenCharacterException forbidden = cause(ex, JsonInputLimits.ForbiddenCharacterException.class);
        if (forbidden != null) {
            return error(ex, HttpStatus.BAD_REQUEST, forbidden.nul()
                    ? message("web.problem.nul", message("web.problem.nul.json")) : message("web.problem.surrogate"));
        }
        if (cause(ex, StreamConstraintsException.class) != null) {
            return error(ex, HttpStatus.BAD_REQUEST, message("web.problem.jsonLimits", maxStringLength));
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return error(ex, HttpStatus.BAD_REQUEST, message("web.problem.unreadable"));
        }
        return error(ex, HttpStatus.BAD_REQUEST, message("web.error.400.text"));
    }

    private static ErrorResponseException error(Exception ex, HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), ex);
    }

    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, DanishFormat.DANISH);
    }
}
