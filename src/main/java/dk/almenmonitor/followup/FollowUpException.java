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

    public FollowUpException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
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
}
