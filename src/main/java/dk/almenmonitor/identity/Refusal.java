package dk.almenmonitor.identity;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal (403) with a Danish explanation: {@link #messageCode()} is a key in {@code messages_da.properties} that
 * the error page shows. Thrown by the access policy ({@link Access}); answered and audited like any other
 * {@link AccessDeniedException}.
 */
public class Refusal extends AccessDeniedException {

    private final String messageCode;

    public Refusal(String messageCode) {
        super("Refused: " + messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
