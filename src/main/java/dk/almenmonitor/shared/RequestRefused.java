package dk.almenmonitor.shared;

import org.jspecify.annotations.Nullable;

/**
 * A request refused by a module with a status and the code of its Danish reason in {@code messages_da.properties}
 * (plus arguments), never the text itself: the web layer answers it as every other request error, with the error
 * page for browsers and problem+json for everyone else. One kind for every module, so none keeps a copy of its own.
 */
public final class RequestRefused extends RuntimeException {

    private final int status;
    private final String messageCode;
    private final transient Object[] arguments;

    private RequestRefused(int status, String messageCode, Object @Nullable ... arguments) {
        super(messageCode);
        this.status = status;
        this.messageCode = messageCode;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static RequestRefused badRequest(String messageCode, Object... arguments) {
        return new RequestRefused(400, messageCode, arguments);
    }

    public static RequestRefused forbidden(String messageCode, Object... arguments) {
        return new RequestRefused(403, messageCode, arguments);
    }

    public static RequestRefused notFound(String messageCode, Object... arguments) {
        return new RequestRefused(404, messageCode, arguments);
    }

    public static RequestRefused conflict(String messageCode, Object... arguments) {
        return new RequestRefused(409, messageCode, arguments);
    }

    public int status() {
        return status;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
