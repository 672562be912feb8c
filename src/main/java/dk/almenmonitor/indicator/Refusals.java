package dk.almenmonitor.indicator;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Refusals on the indicator pages and API. The Danish detail comes from {@code messages_da.properties} by its code,
 * so the error page (and, for API clients, problem+json) shows it with the status.
 */
final class Refusals {

    private Refusals() {
    }

    static ErrorResponseException notFound(String detailCode, Object... arguments) {
        return refusal(HttpStatus.NOT_FOUND, detailCode, arguments);
    }

    static ErrorResponseException badRequest(String detailCode, Object... arguments) {
        return refusal(HttpStatus.BAD_REQUEST, detailCode, arguments);
    }

    private static ErrorResponseException refusal(HttpStatus status, String detailCode, Object... arguments) {
        return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, detailCode, arguments);
    }
}
