package dk.almenmonitor.web;

import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns the request failures that Spring reports in its own terms into an {@link ErrorResponseException} with the
 * right status and a Danish detail, so that {@link BrowserErrorAdvice} answers them like every other request error:
 * a body over the limit is 413, a JSON text over Jackson's bounds or with a NUL is 400, unreadable JSON is 400, and a
 * JSON value of the wrong type for a field is 400 naming the field's JSON path and the type it must have, a
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
        MismatchedInputException mismatch = cause(ex, MismatchedInputException.class);
        if (mismatch != null && !mismatch.getPath().isEmpty()) {
            ErrorResponseException error = error(ex, HttpStatus.BAD_REQUEST, mismatchDetail(mismatch));
            error.getBody().setProperty("field", path(mismatch));
            return error;
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return error(ex, HttpStatus.BAD_REQUEST, message("web.problem.unreadable"));
        }
        return error(ex, HttpStatus.BAD_REQUEST, message("web.error.400.text"));
    }

    /**
     * The field's path and the type it must have (web.problem.field.*, e.g. for goals[2].title), with the offending
     * scalar value (cut short) where Jackson has it.
     */
    private String mismatchDetail(MismatchedInputException mismatch) {
        String field = path(mismatch);
        String expected = expectedType(mismatch.getTargetType());
        if (expected == null) {
            return message("web.problem.field.untyped", field);
        }
        if (mismatch instanceof InvalidFormatException invalid && invalid.getValue() != null
                && !(invalid.getValue() instanceof java.util.Map || invalid.getValue() instanceof java.util.Collection)) {
            return message("web.problem.field.value", field, expected, cut(String.valueOf(invalid.getValue())));
        }
        return message("web.problem.field.type", field, expected);
    }

    /** The field's JSON path as a client writes it: {@code dueYear}, {@code goals[2].title}; each name cut short. */
    static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(cut(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
            if (path.length() > 200) {
                return path.substring(0, 200) + "…";
            }
        }
        return path.toString();
    }

    /** The Danish name of what a field of this Java type must hold; null when there is no useful name. */
    private String expectedType(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return message("web.problem.type.integer");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return message("web.problem.type.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return message("web.problem.type.boolean");
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return message("web.problem.type.text");
        }
        if (type == java.time.LocalDate.class) {
            return message("web.problem.type.date");
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < constants.length && i < 12; i++) {
                names.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return message("web.problem.type.enum", constants.length > 12 ? names + " …" : names.toString());
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return message("web.problem.type.list");
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return message("web.problem.type.object");
        }
        return null;
    }

    /** A client's text in a Danish detail: at most 40 characters, so a huge value is never echoed whole. */
    private static String cut(String text) {
        if (text.length() <= 40) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(39)) ? 39 : 40;
        return text.substring(0, end) + "…";
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
