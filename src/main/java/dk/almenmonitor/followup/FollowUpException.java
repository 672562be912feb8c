package dk.almenmonitor.followup;

import org.springframework.http.HttpStatus;

/**
 * A refused follow-up action: the code of its Danish reason in {@code messages_da.properties} with the arguments, and
 * the HTTP status it maps to. {@link FollowUpTexts} renders the reason.
 */
public class FollowUpException extends RuntimeException {

    public enum Kind {
        NOT_FOUND(HttpStatus.NOT_FOUND), FORBIDDEN(HttpStatus.FORBIDDEN), CONFLICT(HttpStatus.CONFLICT),
        INVALID(HttpStatus.BAD_REQUEST), PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED);

        private final HttpStatus status;

        Kind(HttpStatus status) {
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final Kind kind;
    private final String messageCode;
    private final transient Object[] arguments;
    /** The over-long field, when the refusal is a text that is too long. */
    private final transient TextLimit limit;

    FollowUpException(Kind kind, String messageCode, Object... arguments) {
        this(kind, null, messageCode, arguments);
    }

    private FollowUpException(Kind kind, TextLimit limit, String messageCode, Object... arguments) {
        super(messageCode);
        this.kind = kind;
        this.messageCode = messageCode;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.limit = limit;
    }

    public Kind kind() {
        return kind;
    }

    /** The key of the Danish reason. */
    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The field a too-long text was given in ({@code statusText}, {@code reason} …), or null. */
    String field() {
        return limit == null ? null : limit.field();
    }

    /** The field's length limit, or null. */
    Integer maxLength() {
        return limit == null ? null : limit.max();
    }

    static FollowUpException notFound(String messageCode, Object... arguments) {
        return new FollowUpException(Kind.NOT_FOUND, messageCode, arguments);
    }

    static FollowUpException forbidden(String messageCode, Object... arguments) {
        return new FollowUpException(Kind.FORBIDDEN, messageCode, arguments);
    }

    static FollowUpException conflict(String messageCode, Object... arguments) {
        return new FollowUpException(Kind.CONFLICT, messageCode, arguments);
    }

    static FollowUpException invalid(String messageCode, Object... arguments) {
        return new FollowUpException(Kind.INVALID, messageCode, arguments);
    }

    static FollowUpException tooLong(TextLimit limit, String messageCode, Object... arguments) {
        return new FollowUpException(Kind.INVALID, limit, messageCode, arguments);
    }
}
