package dk.almenmonitor.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import dk.almenmonitor.shared.DanishFormat;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * Refuses a NUL character (U+0000) in the address, the query or any form field with 400 before anything else sees it:
 * no text the application keeps may contain one (PostgreSQL refuses it in text), and no user types one. JSON bodies
 * are checked where they are read ({@link JsonInputLimits}); uploaded files by their importers. Reading the form
 * fields of an upload parses its parts, so a part the container refuses (a NUL in a file name, too many parts, a
 * field over the form limit) is answered here too ({@link MultipartFailure}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NulByteFilter extends OncePerRequestFilter {

    private final MessageSource messages;

    NulByteFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String where;
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        try {
            if (multipart) {
                request.getParts(); // the container keeps a failure to read the parts until they are asked for
            }
            where = nulIn(request);
        } catch (RuntimeException | ServletException unreadableParts) {
            // The container refuses undecodable parameters, and bad parts of an upload, when they are first read.
            MultipartFailure failure = MultipartFailure.of(unreadableParts, multipart);
            if (multipart) {
                // Tells the error dispatch not to resolve the broken parts again (DispatcherServlet.checkMultipart),
                // which would answer with its own "upload too large" instead of this refusal.
                request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MultipartException(failure.messageKey()));
            }
            RequestRefusal.refuse(request, response, failure.status(),
                    messages.getMessage(failure.messageKey(), null, DanishFormat.DANISH));
            return;
        }
        if (where != null) {
            RequestRefusal.refuse(request, response, HttpStatus.BAD_REQUEST,
                    messages.getMessage("web.problem.nul", new Object[] {where}, DanishFormat.DANISH));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Where the first NUL is (the field's name, or "adressen"), or null when there is none. */
    private String nulIn(HttpServletRequest request) {
        if (hasEncodedNul(request.getRequestURI()) || hasEncodedNul(request.getQueryString())) {
            return messages.getMessage("web.problem.nul.address", null, DanishFormat.DANISH);
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return messages.getMessage("web.problem.nul.address", null, DanishFormat.DANISH);
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    String name = parameter.getKey();
                    return messages.getMessage("web.problem.nul.field",
                            new Object[] {name.length() > 40 ? name.substring(0, 40) + "…" : name}, DanishFormat.DANISH);
                }
            }
        }
        return null;
    }

    private static boolean hasEncodedNul(String text) {
        return text != null && (text.indexOf('\0') >= 0 || text.toLowerCase(Locale.ROOT).contains("%00"));
    }
}
