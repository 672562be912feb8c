package dk.almenmonitor.followup;

import org.springframework.http.HttpStatus;

/** A refused follow-up action, with a Danish message for the user and the HTTP status it maps to. */
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
    /** The over-long field, when the refusal is a text that is too long. */
    private final transient TextLimit limit;

    public FollowUpException(Kind kind, String message) {
        this(kind, message, null);
    }

    private FollowUpException(Kind kind, String message, TextLimit limit) {
        super(message);
        this.kind = kind;
        this.limit = limit;
    }

    public Kind kind() {
        return kind;
    }

    /** The field a too-long text was given in ({@code statusText}, {@code reason} …), or null. */
    String field() {
        return limit == null ? null : limit.field();
    }

    /** The field's length limit, or null. */
    Integer maxLength() {
        return limit == null ? null : limit.max();
    }

    static FollowUpException notFound(String message) {
        return new FollowUpException(Kind.NOT_FOUND, message);
    }

    static FollowUpException forbidden(String message) {
        return new FollowUpException(Kind.FORBIDDEN, message);
    }

    static FollowUpException conflict(String message) {
        return new FollowUpException(Kind.CONFLICT, message);
    }

    static FollowUpException invalid(String message) {
        return new FollowUpException(Kind.INVALID, message);
    }

    static FollowUpException tooLong(TextLimit limit, String message) {
        return new FollowUpException(Kind.INVALID, message, limit);
    }
}
