package dk.almenmonitor.reminder;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Refusals on the reminder pages. The Danish detail comes from {@code messages_da.properties} by its code, so the
 * application's error page (and, for API clients, problem+json) shows it with the status.
 */
final class Refusals {

    private Refusals() {
    }

    static ErrorResponseException forbidden(String detailCode) {
        return refusal(HttpStatus.FORBIDDEN, detailCode);
    }

    static ErrorResponseException notFound(String detailCode, Object... arguments) {
        return refusal(HttpStatus.NOT_FOUND, detailCode, arguments);
    }

    private static ErrorResponseException refusal(HttpStatus status, String detailCode, Object... arguments) {
        return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, detailCode, arguments);
    }
}
