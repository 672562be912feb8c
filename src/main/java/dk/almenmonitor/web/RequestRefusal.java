package dk.almenmonitor.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/**
 * How the request filters refuse a request before it reaches a controller: the status goes to the container's error
 * page ({@link ErrorPageController}) with a Danish detail that the page and the problem document show.
 */
final class RequestRefusal {

    private static final String DETAIL = RequestRefusal.class.getName() + ".detail";

    private RequestRefusal() {
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        request.setAttribute(DETAIL, detail);
        ErrorResponseHeaders.apply(response, ErrorResponseHeaders.PAGE_CSP);
        response.sendError(status.value());
    }

    static String detailOf(HttpServletRequest request) {
        return request.getAttribute(DETAIL) instanceof String detail ? detail : null;
    }
}
